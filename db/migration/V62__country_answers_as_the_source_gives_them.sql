-- Two things the seed said of countries beyond what the EMN inform gives.
--
-- Whether a country answered the ad-hoc query: the inform lists the 23 Member States that answered (footnote 6)
-- and says nothing of the others. A country can now be "not among the respondents" and nothing more: neither
-- said to have been asked, nor said not to have answered (emn_responded stays empty for it).
ALTER TABLE country ADD COLUMN emn_not_among_respondents boolean NOT NULL DEFAULT false;
ALTER TABLE country ADD CONSTRAINT country_not_among_respondents_check
    CHECK (NOT emn_not_among_respondents OR emn_responded IS NULL);

-- A contact point's address the inform prints wrongly is kept as printed (emn_ncp_url), with the address it
-- most likely means beside it.
ALTER TABLE country ADD COLUMN emn_ncp_url_likely varchar(300)
    CONSTRAINT country_emn_ncp_url_likely_check CHECK (emn_ncp_url_likely ~ '^https?://');

CREATE TEMPORARY TABLE corrected_country (
    code   varchar(2) PRIMARY KEY,
    reason text       NOT NULL
) ON COMMIT DROP;

INSERT INTO corrected_country (code, reason) VALUES
 ('DK', 'Corrected against the source: the inform lists the 23 Member States that answered ad-hoc query 2021.44 (footnote 6) and Denmark is not among them; it does not say that Denmark was asked or that it did not answer. Denmark is now "not among the respondents", and nothing more.'),
 ('FR', 'Corrected against the source: the list of contact points prints France''s address with "Le-reseaueuropeen-des-migrations", while the inform''s own footnote 8 writes "Le-reseau-europeen-des-migrations". The address is kept as printed and flagged, with the likely address beside it.'),
 ('MT', 'Corrected against the source: the list of contact points prints Malta''s address with "european-migrationnetwork", most likely "european-migration-network". The address is kept as printed and flagged, with the likely address beside it.'),
 ('SI', 'Corrected against the source: the list of contact points prints Slovenia''s address as "www.emm.si", most likely "www.emn.si" (European Migration Network). The address is kept as printed and flagged, with the likely address beside it.');

-- A country's answer as the history's snapshot format 1 writes it (history.CountrySnapshot).
CREATE FUNCTION pg_temp.country_snapshot(entry varchar) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('format', 1,
        'responded', CASE WHEN c.emn_not_among_respondents THEN 'NOT_AMONG_RESPONDENTS'
                          WHEN c.emn_responded THEN 'YES' WHEN NOT c.emn_responded THEN 'NO' ELSE '' END,
        'reportedSmps', coalesce(c.emn_reported_smps, false) AND coalesce(c.emn_responded, false),
        'publicDebate', c.emn_public_debate, 'relatedInitiatives', c.emn_related_initiatives,
        'narrativeEn', CASE WHEN btrim(c.emn_narrative_en) = '' THEN NULL ELSE c.emn_narrative_en END,
        'narrativeFr', CASE WHEN btrim(c.emn_narrative_fr) = '' THEN NULL ELSE c.emn_narrative_fr END,
        'contactPointUrl', CASE WHEN btrim(c.emn_ncp_url) = '' THEN NULL ELSE c.emn_ncp_url END,
        'contactPointUrlLikely', c.emn_ncp_url_likely)
    FROM country c WHERE c.code = entry
$$;

-- The answer as the seed imported it (at the seed's time, as V20 dates it), unless its history has begun.
INSERT INTO revision (entry_type, entry_key, entry_version, action, author_name, made_at, changed_fields, snapshot)
SELECT 'COUNTRY', c.code, c.version, 'IMPORTED', 'EMN inform (seed)',
       coalesce((SELECT max(installed_on) AT TIME ZONE current_setting('TimeZone') FROM ${flyway:table}
                 WHERE success AND script LIKE 'V%\_\_seed\_%'), now()),
       ARRAY(SELECT jsonb_object_keys(pg_temp.country_snapshot(c.code) - 'format')),
       pg_temp.country_snapshot(c.code)
FROM country c JOIN corrected_country k ON k.code = c.code
WHERE NOT EXISTS (SELECT 1 FROM revision r WHERE r.entry_type = 'COUNTRY' AND r.entry_key = c.code);

CREATE TEMPORARY TABLE country_before ON COMMIT DROP AS
SELECT c.code, pg_temp.country_snapshot(c.code) AS snapshot FROM country c JOIN corrected_country k ON k.code = c.code;

-- Denmark: not among the respondents, and nothing more.
UPDATE country SET emn_responded = NULL, emn_reported_smps = NULL, emn_not_among_respondents = true
WHERE code = 'DK' AND emn_responded = false;

-- The addresses as printed stay; the likely ones go beside them.
UPDATE country SET emn_ncp_url_likely = v.likely
FROM (VALUES
  ('FR', 'https://www.immigration.interieur.gouv.fr/Europe-et-International/Le-reseaueuropeen-des-migrations-REM3/Le-reseaueuropeen-des-migrations-REM2',
         'https://www.immigration.interieur.gouv.fr/Europe-et-International/Le-reseau-europeen-des-migrations-REM3/Le-reseau-europeen-des-migrations-REM2'),
  ('MT', 'https://homeaffairs.gov.mt/en/mhasinformation/emn/pages/european-migrationnetwork.aspx',
         'https://homeaffairs.gov.mt/en/mhasinformation/emn/pages/european-migration-network.aspx'),
  ('SI', 'http://www.emm.si', 'http://www.emn.si')
) v(code, printed, likely)
WHERE country.code = v.code AND country.emn_ncp_url = v.printed AND country.emn_ncp_url_likely IS NULL;

-- The catalogue's corrected version of each answer, with its reason.
UPDATE country c SET version = c.version + 1, updated_at = now()
FROM country_before b WHERE b.code = c.code AND b.snapshot <> pg_temp.country_snapshot(c.code);

INSERT INTO revision (entry_type, entry_key, entry_version, action, author_name, made_at, changed_fields, snapshot, reason)
SELECT 'COUNTRY', c.code, c.version, 'EDITED', 'SMP Catalogue (checked against the source)', now(),
       ARRAY(SELECT a.key FROM jsonb_each(pg_temp.country_snapshot(c.code) - 'format') a
             WHERE a.value IS DISTINCT FROM b.snapshot -> a.key),
       pg_temp.country_snapshot(c.code), k.reason
FROM country c JOIN country_before b ON b.code = c.code JOIN corrected_country k ON k.code = c.code
WHERE b.snapshot <> pg_temp.country_snapshot(c.code);
