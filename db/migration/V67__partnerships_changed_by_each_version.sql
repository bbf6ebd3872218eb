-- Which partnerships each catalogue version changed, as far as the facet index can tell (the catalogue's
-- facets and what the statistics and the map count), so that an
-- instance holding the facet index of an earlier version re-reads only those partnerships instead of every
-- (partnership, value) pair of the catalogue. A null partnership means "anything may have changed" (a write
-- to reference data the facets join, a truncation, a bulk write): the index is then read in full.
--
-- The triggers below fire after the statement, after `<table>_bumps_version` (triggers of one kind fire in
-- the order of their names), so the version they note is the one this statement set. Writers queue on the
-- version row until they commit, so once a reader sees version V, every change noted under V or below is
-- committed and visible to its next statement.
CREATE TABLE catalogue_change (
    version        bigint      NOT NULL,
    partnership_id bigint,
    noted_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ON catalogue_change (version);
CREATE INDEX ON catalogue_change (noted_at);

-- TG_ARGV[0]: the column that names the partnership. Beyond 1,000 partnerships in one statement, one null.
CREATE FUNCTION note_changed_partnerships() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed text := CASE TG_OP
        WHEN 'INSERT' THEN format('SELECT %I FROM new_rows', TG_ARGV[0])
        WHEN 'DELETE' THEN format('SELECT %I FROM old_rows', TG_ARGV[0])
        ELSE format('SELECT %1$I FROM new_rows UNION SELECT %1$I FROM old_rows', TG_ARGV[0]) END;
    ids bigint[];
BEGIN
    EXECUTE format('SELECT array_agg(DISTINCT id) FROM (%s) c(id)', changed) INTO ids;
    IF cardinality(ids) > 1000 THEN
        INSERT INTO catalogue_change (version, partnership_id) SELECT version, NULL FROM catalogue_version;
    ELSIF ids IS NOT NULL THEN
        INSERT INTO catalogue_change (version, partnership_id) SELECT v.version, unnest(ids) FROM catalogue_version v;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION note_everything_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO catalogue_change (version, partnership_id) SELECT version, NULL FROM catalogue_version;
    RETURN NULL;
END $$;

DO $$
DECLARE
    t text;
    id_column text;
BEGIN
    FOREACH t IN ARRAY ARRAY['partnership', 'partnership_destination_country', 'partnership_destination_region',
            'partnership_origin_country', 'partnership_origin_region', 'partnership_sector', 'partnership_occupation', 'partnership_organisation',
            'partnership_element'] LOOP
        id_column := CASE t WHEN 'partnership' THEN 'id' ELSE 'partnership_id' END;
        -- A trigger with transition tables handles one event.
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION note_changed_partnerships(%L)', t || '_notes_insert', t, id_column);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION note_changed_partnerships(%L)', t || '_notes_update', t, id_column);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION note_changed_partnerships(%L)', t || '_notes_delete', t, id_column);
        EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION note_everything_changed()', t || '_notes_truncate', t);
    END LOOP;
    -- The region and occupation facets join these: one row changes the values of many partnerships.
    FOREACH t IN ARRAY ARRAY['region_member', 'isco_group'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION note_everything_changed()', t || '_notes_change', t);
    END LOOP;
END $$;
