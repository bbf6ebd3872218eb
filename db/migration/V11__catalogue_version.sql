-- One number that changes whenever anything a public page shows changes, so that every instance of the
-- application can tell, with one cheap read, whether what it cached (and what a browser holds under an
-- ETag) is still current. Statement-level triggers bump it inside the writing transaction: the new number
-- becomes visible exactly when the data does. Values come from a sequence, which never hands out a number
-- twice, so a rolled-back edit cannot leave a cache entry behind under a number that a later edit reuses.
CREATE SEQUENCE catalogue_version_seq;

CREATE TABLE catalogue_version (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    version   bigint  NOT NULL
);
INSERT INTO catalogue_version (version) VALUES (nextval('catalogue_version_seq'));

CREATE FUNCTION bump_catalogue_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE catalogue_version SET version = nextval('catalogue_version_seq');
    RETURN NULL;
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['country', 'country_source', 'region', 'region_member', 'sector', 'organisation',
            'source_document', 'partnership', 'partnership_alternative_name', 'partnership_destination_country',
            'partnership_destination_region', 'partnership_origin_country', 'partnership_origin_region',
            'partnership_sector', 'partnership_organisation', 'partnership_element', 'partnership_figure',
            'partnership_source', 'partnership_catalogue_link', 'partnership_slug_alias', 'revision'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_version()', t || '_bumps_version', t);
    END LOOP;
END $$;

-- Facet joins and sorting at tens of thousands of entries: the facet tables are read by partnership
-- (their primary keys) and by value (the indexes below); the catalogue's default order is by name.
CREATE INDEX ON partnership_destination_region (region_slug);
CREATE INDEX partnership_order_en_idx ON partnership (lower(immutable_unaccent(coalesce(name_en, name_fr))), id) WHERE NOT retired;
CREATE INDEX partnership_order_fr_idx ON partnership (lower(immutable_unaccent(coalesce(name_fr, name_en))), id) WHERE NOT retired;
CREATE INDEX ON partnership (part_of_id);
CREATE INDEX ON partnership (reporting_country);
CREATE INDEX ON revision (entry_type, entry_key, made_at DESC);
