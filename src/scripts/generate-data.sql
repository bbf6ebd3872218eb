-- Synthetic partnerships for measuring the catalogue at scale (docs/performance.md). Never part of the
-- Flyway seed: it defines a session-local function and leaves nothing else behind but the rows it adds.
--
--   psql "$URL" -f src/scripts/generate-data.sql -c "SELECT pg_temp.smp_generate(10000, 0.42)"
--
-- The same seed gives the same rows (setseed() makes random() repeatable within the session). Spreads
-- follow the seed data's shape: a few destination countries and sectors carry most entries, every
-- partnership has its five elements assessed, texts run from a line to a few paragraphs, in both languages.
CREATE OR REPLACE FUNCTION pg_temp.smp_generate(n integer, seed double precision DEFAULT 0.42)
RETURNS integer LANGUAGE plpgsql AS $fn$
DECLARE
    destinations text[] := ARRAY(SELECT code FROM country WHERE eu_member ORDER BY code);
    origins      text[] := ARRAY(SELECT code FROM country WHERE NOT eu_member ORDER BY code);
    sectors      text[] := ARRAY(SELECT slug FROM sector ORDER BY slug);
    regions      text[] := ARRAY(SELECT slug FROM region ORDER BY slug);
    documents    text[] := ARRAY(SELECT key FROM source_document ORDER BY key);
    organisations text[];
    first_id     bigint;
    words_en text := 'The partnership trains nurses care workers and ICT specialists in the country of origin '
        'before they move, with language courses, recognition of qualifications and placements with employers '
        'in the country of destination. Public employment services, chambers of commerce and vocational schools '
        'select the participants together; part of the graduates stay to work in the local labour market. '
        'Agriculture and construction seasonal workers follow a shorter pathway with pre-departure orientation. '
        'Evaluations report completion rates, salaries, return and the skills gained by both sides. ';
    words_fr text := 'Le partenariat forme des infirmiers, des aides-soignants et des spécialistes des TIC dans le '
        'pays d’origine avant leur départ, avec des cours de langue, la reconnaissance des qualifications et des '
        'stages chez des employeurs du pays de destination. Les services publics de l’emploi, les chambres de '
        'commerce et les écoles professionnelles sélectionnent ensemble les participants ; une partie des diplômés '
        'reste travailler sur le marché local. Les travailleurs saisonniers de l’agriculture et du bâtiment suivent '
        'un parcours plus court. Les évaluations mesurent l’achèvement, les salaires, le retour et les compétences. ';
BEGIN
    PERFORM setseed(seed);
    first_id := coalesce((SELECT max(id) FROM partnership), 0);

    INSERT INTO organisation (slug, acronym, name_en, name_fr, type, country_code)
    SELECT 'synthetic-org-' || i || '-' || first_id, 'SO' || i,
           'Synthetic organisation ' || i, 'Organisation synthétique ' || i,
           (ARRAY['EU_BODY', 'NATIONAL_AUTHORITY', 'DEVELOPMENT_AGENCY', 'INTERNATIONAL_ORGANISATION', 'UNIVERSITY',
                  'PRIVATE', 'OTHER'])[1 + floor(random() * 7)::int],
           CASE WHEN random() < 0.5 THEN destinations[1 + floor(random() * array_length(destinations, 1))::int]
                ELSE origins[1 + floor(random() * array_length(origins, 1))::int] END
    FROM generate_series(1, greatest(n / 20, 10)) i;
    organisations := ARRAY(SELECT slug FROM organisation ORDER BY slug);

    INSERT INTO partnership (slug, name_en, name_fr, acronym, kind, category, status, start_year, start_month,
                             end_year, end_month, summary_en, summary_fr, description_en, description_fr,
                             skill_level, reporting_country, updated_at)
    SELECT 'synthetic-' || (first_id + i),
           initcap(split_part(words_en, ' ', 2 + (i % 40))) || ' mobility partnership ' || (first_id + i),
           'Partenariat de mobilité ' || split_part(words_fr, ' ', 2 + (i % 40)) || ' ' || (first_id + i),
           CASE WHEN random() < 0.3 THEN 'SYN' || (first_id + i) END,
           (ARRAY['BILATERAL_AGREEMENT', 'PROGRAMME', 'PILOT_PROJECT', 'PROJECT', 'PROJECT', 'PROJECT',
                  'EU_MOBILITY_PARTNERSHIP', 'HIGHER_EDUCATION_SCHEME', 'SCHOLARSHIP_SCHEME', 'PERMIT_SCHEME'])[1 + floor(random() * 10)::int],
           (ARRAY['NATIONAL_SMP', 'NATIONAL_SMP', 'NATIONAL_SMP', 'EU_PROGRAMME', 'EU_PROGRAMME', 'RELATED_INITIATIVE',
                  'EU_MOBILITY_PARTNERSHIP', 'NON_EU_EXAMPLE'])[1 + floor(random() * 8)::int],
           (ARRAY['ONGOING', 'ONGOING', 'ONGOING', 'COMPLETED', 'COMPLETED', 'SIGNED', 'PLANNED', 'UNDER_NEGOTIATION',
                  'NOT_STATED', 'NOT_STATED'])[1 + floor(random() * 10)::int],
           s.start_year, CASE WHEN s.start_year IS NOT NULL AND random() < 0.5 THEN 1 + floor(random() * 12)::int END,
           CASE WHEN s.start_year IS NOT NULL AND random() < 0.6 THEN s.start_year + 1 + floor(random() * 5)::int END, NULL,
           substr(words_en, 1 + s.offset_en, s.summary_length),
           substr(words_fr, 1 + s.offset_fr, s.summary_length),
           CASE WHEN random() < 0.8 THEN repeat(words_en, s.paragraphs) END,
           CASE WHEN random() < 0.8 THEN repeat(words_fr, s.paragraphs) END,
           (ARRAY['LOW', 'MEDIUM', 'HIGH', 'MIXED', 'NOT_STATED'])[1 + floor(random() * 5)::int],
           destinations[1 + floor(array_length(destinations, 1) * random() ^ 2)::int],
           now() - random() * interval '1000 days'
    FROM generate_series(1, n) i
    CROSS JOIN LATERAL (SELECT CASE WHEN random() < 0.85 THEN 2025 - floor(25 * random() ^ 2)::int END + 0 * i AS start_year,
                               floor(random() * 200)::int AS offset_en, floor(random() * 200)::int AS offset_fr,
                               80 + floor(random() * 300)::int AS summary_length,
                               1 + floor(5 * random() ^ 3)::int AS paragraphs) s;

    -- One to three destinations (mostly the first few countries), one to four origins, some regions.
    INSERT INTO partnership_destination_country
    SELECT DISTINCT p.id, destinations[1 + floor(array_length(destinations, 1) * random() ^ 2)::int]
    FROM partnership p CROSS JOIN LATERAL generate_series(1, 1 + floor(random() * random() * 3)::int + 0 * p.id::int)
    WHERE p.id > first_id;
    INSERT INTO partnership_origin_country
    SELECT DISTINCT p.id, origins[1 + floor(array_length(origins, 1) * random() ^ 2)::int]
    FROM partnership p CROSS JOIN LATERAL generate_series(1, 1 + floor(random() * 4)::int + 0 * p.id::int)
    WHERE p.id > first_id;
    INSERT INTO partnership_origin_region
    SELECT p.id, regions[1 + floor(random() * array_length(regions, 1))::int]
    FROM partnership p WHERE p.id > first_id AND random() < 0.1;
    INSERT INTO partnership_sector
    SELECT DISTINCT p.id, sectors[1 + floor(array_length(sectors, 1) * random() ^ 2)::int]
    FROM partnership p CROSS JOIN LATERAL generate_series(1, floor(random() * 4)::int + 0 * p.id::int)
    WHERE p.id > first_id;
    INSERT INTO partnership_organisation
    SELECT DISTINCT p.id, organisations[1 + floor(array_length(organisations, 1) * random() ^ 2)::int],
           (ARRAY['FUNDER', 'IMPLEMENTER', 'IMPLEMENTER', 'PARTNER'])[1 + floor(random() * 4)::int]
    FROM partnership p CROSS JOIN LATERAL generate_series(1, 1 + floor(random() * 4)::int + 0 * p.id::int)
    WHERE p.id > first_id;

    -- The five elements, each assessed: present most often, then not documented, partly, absent.
    INSERT INTO partnership_element (partnership_id, element, status, evidence_en, evidence_fr)
    SELECT p.id, e.element, st.status,
           CASE WHEN st.status <> 'NOT_DOCUMENTED' THEN substr(words_en, 1 + floor(random() * 300)::int, 60 + floor(random() * 200)::int) END,
           CASE WHEN st.status <> 'NOT_DOCUMENTED' THEN substr(words_fr, 1 + floor(random() * 300)::int, 60 + floor(random() * 200)::int) END
    FROM partnership p
    CROSS JOIN unnest(ARRAY['FORMAL_COOPERATION', 'STAKEHOLDERS', 'TRAINING', 'SKILLS_RECOGNITION', 'MOBILITY']) e(element)
    CROSS JOIN LATERAL (SELECT (ARRAY['PRESENT', 'PRESENT', 'PRESENT', 'PRESENT', 'PARTLY', 'PARTLY', 'ABSENT',
                                      'NOT_DOCUMENTED', 'NOT_DOCUMENTED', 'NOT_DOCUMENTED'])[1 + floor(random() * 10)::int + 0 * p.id::int] AS status) st
    WHERE p.id > first_id;

    INSERT INTO partnership_figure (partnership_id, position, kind, measure, value_low, unit, label_en, label_fr,
                                    source_key, source_locator)
    SELECT p.id, f, (ARRAY['PARTICIPANTS', 'TRAINED', 'MOVED', 'QUOTA'])[1 + floor(random() * 4)::int],
           (ARRAY['PLANNED', 'REACHED'])[1 + floor(random() * 2)::int], 10 + floor(random() * 2000)::int, 'PEOPLE',
           'Participants', 'Participants', documents[1 + floor(random() * array_length(documents, 1))::int], 'Section 4'
    FROM partnership p CROSS JOIN LATERAL generate_series(1, floor(random() * 3)::int + 0 * p.id::int) f
    WHERE p.id > first_id;
    INSERT INTO partnership_source (partnership_id, position, source_key, locator)
    SELECT p.id, s, documents[1 + floor(random() * array_length(documents, 1))::int], 'Section ' || s
    FROM partnership p CROSS JOIN LATERAL generate_series(1, 1 + floor(random() * 2)::int + 0 * p.id::int) s
    WHERE p.id > first_id;
    RETURN n;
END $fn$;
