-- Italy, Malta and Romania were recorded as asked-but-not-answering, as Denmark was. The inform lists the 23
-- Member States that answered ad-hoc query 2021.44 (footnote 6) and says no more of the others than of Denmark:
-- each is now "not among the respondents", and nothing more. Kept in each country's history with the reason.

CREATE TEMPORARY TABLE not_among_respondents (
    code   varchar(2) PRIMARY KEY,
    reason text       NOT NULL
) ON COMMIT DROP;

INSERT INTO not_among_respondents (code, reason)
SELECT code, 'Corrected against the source: the inform lists the 23 Member States that answered ad-hoc query 2021.44 (footnote 6) and '
             || name_en || ' is not among them; it does not say that ' || name_en
             || ' was asked or that it did not answer. ' || name_en || ' is now "not among the respondents", and nothing more.'
FROM country WHERE code IN ('IT', 'MT', 'RO') AND emn_responded = false;

-- A country's answer as the history's snapshot format 1 writes it (history.CountrySnapshot).
CREATE OR REPLACE FUNCTION pg_temp.answer_snapshot(entry varchar) RETURNS jsonb LANGUAGE sql STABLE AS $$
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
       ARRAY(SELECT jsonb_object_keys(pg_temp.answer_snapshot(c.code) - 'format')),
       pg_temp.answer_snapshot(c.code)
FROM country c JOIN not_among_respondents k ON k.code = c.code
WHERE NOT EXISTS (SELECT 1 FROM revision r WHERE r.entry_type = 'COUNTRY' AND r.entry_key = c.code);

CREATE TEMPORARY TABLE answer_before ON COMMIT DROP AS
SELECT c.code, pg_temp.answer_snapshot(c.code) AS snapshot FROM country c JOIN not_among_respondents k ON k.code = c.code;

UPDATE country c SET emn_responded = NULL, emn_reported_smps = NULL, emn_not_among_respondents = true,
       version = c.version + 1, updated_at = now()
FROM not_among_respondents k WHERE k.code = c.code;

INSERT INTO revision (entry_type, entry_key, entry_version, action, author_name, made_at, changed_fields, snapshot, reason)
SELECT 'COUNTRY', c.code, c.version, 'EDITED', 'SMP Catalogue (checked against the source)', now(),
       ARRAY(SELECT a.key FROM jsonb_each(pg_temp.answer_snapshot(c.code) - 'format') a
             WHERE a.value IS DISTINCT FROM b.snapshot -> a.key),
       pg_temp.answer_snapshot(c.code), k.reason
FROM country c JOIN answer_before b ON b.code = c.code JOIN not_among_respondents k ON k.code = c.code;
