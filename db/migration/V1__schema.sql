-- SMP Catalogue schema. Texts that readers see come in English and French (*_en, *_fr);
-- the seed fills both from the EMN inform (French edition), English being its faithful translation.

CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE; index expressions and generated values need an IMMUTABLE wrapper.
CREATE FUNCTION immutable_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- Countries by ISO 3166-1 alpha-2 code (Kosovo: XK). Greece is GR, with EMN's EL as emn_code.
CREATE TABLE country (
    code                 varchar(2)      PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
    emn_code             varchar(2)      CHECK (emn_code ~ '^[A-Z]{2}$'),
    name_en              varchar(120) NOT NULL,
    name_fr              varchar(120) NOT NULL,
    eu_member            boolean      NOT NULL DEFAULT false,
    -- Answer to EMN ad-hoc query 2021.44 (null where the country was not asked: not an EMN Member State).
    emn_responded        boolean,
    emn_reported_smps    boolean,
    emn_public_debate    boolean      NOT NULL DEFAULT false,
    emn_related_initiatives boolean   NOT NULL DEFAULT false,
    emn_narrative_en     text,
    emn_narrative_fr     text,
    emn_ncp_url          varchar(300)  CHECK (emn_ncp_url ~ '^https?://'),  -- the national contact point's website
    updated_at           timestamptz  NOT NULL DEFAULT now(),
    version              bigint       NOT NULL DEFAULT 0,
    CHECK (emn_reported_smps IS NULL OR emn_responded)
);

-- Origins (and, for the EU itself, destinations) that are not single countries.
CREATE TABLE region (
    slug      varchar(80)  PRIMARY KEY CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    kind      varchar(20)  NOT NULL CHECK (kind IN ('CONTINENT', 'SUBREGION', 'GROUP', 'UNION', 'UNSPECIFIED')),
    name_en   varchar(200) NOT NULL,
    name_fr   varchar(200) NOT NULL
);

CREATE TABLE region_member (
    region_slug  varchar(80) NOT NULL REFERENCES region,
    country_code varchar(2)     NOT NULL REFERENCES country,
    PRIMARY KEY (region_slug, country_code)
);

CREATE TABLE sector (
    slug      varchar(80)  PRIMARY KEY CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name_en   varchar(200) NOT NULL,
    name_fr   varchar(200) NOT NULL
);

CREATE TABLE organisation (
    slug         varchar(80)  PRIMARY KEY CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    acronym      varchar(40),
    name_en      varchar(300) NOT NULL,
    name_fr      varchar(300) NOT NULL,
    type         varchar(40)  NOT NULL CHECK (type IN ('EU_BODY', 'NATIONAL_AUTHORITY', 'DEVELOPMENT_AGENCY',
                                                   'INTERNATIONAL_ORGANISATION', 'UNIVERSITY', 'PRIVATE', 'OTHER')),
    country_code varchar(2)      REFERENCES country
);

-- Documents cited by the catalogue: the EMN inform itself and every document its footnotes point to.
CREATE TABLE source_document (
    key           varchar(80)   PRIMARY KEY CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title         varchar(500)  NOT NULL,
    publisher     varchar(300),
    published     varchar(40),
    url           varchar(1000) CHECK (url ~ '^https?://'),
    consulted     varchar(10)   CHECK (consulted ~ '^\d{4}-\d{2}(-\d{2})?$'), -- as precise as the footnote says
    footnotes     varchar(100)  -- the inform's footnote numbers that cite it, e.g. '1, 4, 58'
);

CREATE TABLE partnership (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug                 varchar(120)  NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name_en              varchar(300),
    name_fr              varchar(300),
    acronym              varchar(40),
    kind                 varchar(40)   NOT NULL CHECK (kind IN ('BILATERAL_AGREEMENT', 'PROGRAMME', 'PILOT_PROJECT', 'PROJECT',
                                                              'EU_MOBILITY_PARTNERSHIP', 'HIGHER_EDUCATION_SCHEME',
                                                              'SCHOLARSHIP_SCHEME', 'PERMIT_SCHEME')),
    -- How the inform presents it: an SMP reported by a Member State, an EU-funded SMP-type example, ...
    category             varchar(40)   NOT NULL CHECK (category IN ('EU_MOBILITY_PARTNERSHIP', 'EU_PROGRAMME', 'NATIONAL_SMP',
                                                                  'RELATED_INITIATIVE', 'NON_EU_EXAMPLE')),
    status               varchar(30)   NOT NULL CHECK (status IN ('PLANNED', 'UNDER_NEGOTIATION', 'SIGNED', 'ONGOING',
                                                                'COMPLETED', 'NOT_STATED')),
    status_note_en       text,
    status_note_fr       text,
    start_year           integer      CHECK (start_year BETWEEN 1900 AND 2100),
    start_month          integer      CHECK (start_month BETWEEN 1 AND 12),
    end_year             integer      CHECK (end_year BETWEEN 1900 AND 2100),
    end_month            integer      CHECK (end_month BETWEEN 1 AND 12),
    period_note_en       varchar(300),
    period_note_fr       varchar(300),
    summary_en           text,
    summary_fr           text,
    description_en       text,
    description_fr       text,
    target_group_en      text,
    target_group_fr      text,
    skill_level          varchar(20)   NOT NULL DEFAULT 'NOT_STATED'
                                       CHECK (skill_level IN ('LOW', 'MEDIUM', 'HIGH', 'MIXED', 'NOT_STATED')),
    rationale_en         text,         -- why it started
    rationale_fr         text,
    operation_en         text,         -- how it works
    operation_fr         text,
    outcomes_en          text,         -- what it achieved: outcomes and evaluations
    outcomes_fr          text,
    budget_amount        numeric(15, 2) CHECK (budget_amount >= 0),
    budget_currency      varchar(3),
    budget_note_en       text,
    budget_note_fr       text,
    reporting_country    varchar(2)       REFERENCES country,
    part_of_id           bigint        REFERENCES partnership,
    last_verified_on     date,
    retired              boolean       NOT NULL DEFAULT false,
    created_at           timestamptz   NOT NULL DEFAULT now(),
    updated_at           timestamptz   NOT NULL DEFAULT now(),
    version              bigint        NOT NULL DEFAULT 0,
    search_document      tsvector,
    CHECK (start_month IS NULL OR start_year IS NOT NULL),
    CHECK (end_month IS NULL OR end_year IS NOT NULL),
    CHECK (end_year IS NULL OR start_year IS NULL OR (end_year, coalesce(end_month, 12)) >= (start_year, coalesce(start_month, 1))),
    CHECK (part_of_id IS NULL OR part_of_id <> id),
    -- A name and a summary in at least one language; the other language falls back to it.
    CHECK (coalesce(btrim(name_en), '') <> '' OR coalesce(btrim(name_fr), '') <> ''),
    CHECK (coalesce(btrim(summary_en), '') <> '' OR coalesce(btrim(summary_fr), '') <> '')
);

CREATE TABLE partnership_alternative_name (
    partnership_id bigint       NOT NULL REFERENCES partnership ON DELETE CASCADE,
    position       integer     NOT NULL,
    name           varchar(300) NOT NULL,
    language       varchar(8),  -- BCP 47 tag of the original-language name, e.g. 'fr', 'es'
    PRIMARY KEY (partnership_id, position)
);

CREATE TABLE partnership_destination_country (
    partnership_id bigint  NOT NULL REFERENCES partnership ON DELETE CASCADE,
    country_code   varchar(2) NOT NULL REFERENCES country,
    PRIMARY KEY (partnership_id, country_code)
);
CREATE INDEX ON partnership_destination_country (country_code);

CREATE TABLE partnership_destination_region (
    partnership_id bigint      NOT NULL REFERENCES partnership ON DELETE CASCADE,
    region_slug    varchar(80) NOT NULL REFERENCES region,
    PRIMARY KEY (partnership_id, region_slug)
);

CREATE TABLE partnership_origin_country (
    partnership_id bigint  NOT NULL REFERENCES partnership ON DELETE CASCADE,
    country_code   varchar(2) NOT NULL REFERENCES country,
    PRIMARY KEY (partnership_id, country_code)
);
CREATE INDEX ON partnership_origin_country (country_code);

CREATE TABLE partnership_origin_region (
    partnership_id bigint      NOT NULL REFERENCES partnership ON DELETE CASCADE,
    region_slug    varchar(80) NOT NULL REFERENCES region,
    PRIMARY KEY (partnership_id, region_slug)
);
CREATE INDEX ON partnership_origin_region (region_slug);

CREATE TABLE partnership_sector (
    partnership_id bigint      NOT NULL REFERENCES partnership ON DELETE CASCADE,
    sector_slug    varchar(80) NOT NULL REFERENCES sector,
    PRIMARY KEY (partnership_id, sector_slug)
);
CREATE INDEX ON partnership_sector (sector_slug);

CREATE TABLE partnership_organisation (
    partnership_id    bigint      NOT NULL REFERENCES partnership ON DELETE CASCADE,
    organisation_slug varchar(80) NOT NULL REFERENCES organisation,
    role              varchar(20) NOT NULL CHECK (role IN ('FUNDER', 'IMPLEMENTER', 'PARTNER')),
    PRIMARY KEY (partnership_id, organisation_slug, role)
);
CREATE INDEX ON partnership_organisation (organisation_slug, role);

-- The five defining elements, each assessed from the source's evidence.
CREATE TABLE partnership_element (
    partnership_id bigint      NOT NULL REFERENCES partnership ON DELETE CASCADE,
    element        varchar(30) NOT NULL CHECK (element IN ('FORMAL_COOPERATION', 'STAKEHOLDERS', 'TRAINING',
                                                          'SKILLS_RECOGNITION', 'MOBILITY')),
    status         varchar(20) NOT NULL CHECK (status IN ('PRESENT', 'PARTLY', 'ABSENT', 'NOT_DOCUMENTED')),
    evidence_en    text,
    evidence_fr    text,
    PRIMARY KEY (partnership_id, element),
    CHECK (status = 'NOT_DOCUMENTED' OR evidence_en IS NOT NULL)
);
CREATE INDEX ON partnership_element (element, status);

-- Figures keep their meaning: what is counted, whether planned or reached, and where the source says it.
CREATE TABLE partnership_figure (
    partnership_id bigint        NOT NULL REFERENCES partnership ON DELETE CASCADE,
    position       integer      NOT NULL,
    kind           varchar(30)   NOT NULL CHECK (kind IN ('PARTICIPANTS', 'TRAINED', 'MOVED', 'QUOTA', 'AGE', 'DURATION',
                                                        'SHARE', 'BUDGET', 'PARTNER_COUNT', 'AGREEMENT_COUNT', 'OTHER')),
    measure        varchar(20)   NOT NULL CHECK (measure IN ('PLANNED', 'REACHED', 'LIMIT', 'TYPICAL')),
    qualifier      varchar(20)   NOT NULL DEFAULT 'EXACT'
                                 CHECK (qualifier IN ('EXACT', 'ABOUT', 'MORE_THAN', 'LESS_THAN', 'UP_TO', 'AT_LEAST', 'RANGE')),
    value_low      numeric(15, 2) NOT NULL,
    value_high     numeric(15, 2),
    unit           varchar(20)   NOT NULL CHECK (unit IN ('PEOPLE', 'PEOPLE_PER_YEAR', 'YEARS', 'MONTHS', 'PERCENT',
                                                        'COUNTRIES', 'AGREEMENTS', 'EUR')),
    label_en       varchar(500)  NOT NULL,
    label_fr       varchar(500)  NOT NULL,
    source_key     varchar(80)   NOT NULL REFERENCES source_document,
    source_locator varchar(200)  NOT NULL, -- e.g. 'Box 9, section 5.4'
    PRIMARY KEY (partnership_id, position),
    CHECK ((qualifier = 'RANGE') = (value_high IS NOT NULL)),
    CHECK (value_high IS NULL OR value_high >= value_low)
);

CREATE TABLE partnership_source (
    partnership_id bigint       NOT NULL REFERENCES partnership ON DELETE CASCADE,
    position       integer     NOT NULL,
    source_key     varchar(80)  NOT NULL REFERENCES source_document,
    locator        varchar(200),  -- section, box or footnote of the inform
    PRIMARY KEY (partnership_id, position)
);
CREATE INDEX ON partnership_source (source_key);

-- The same partnership in other public catalogues, so entries can be matched across them.
CREATE TABLE partnership_catalogue_link (
    partnership_id bigint        NOT NULL REFERENCES partnership ON DELETE CASCADE,
    catalogue      varchar(40)   NOT NULL CHECK (catalogue IN ('CGD_LEGAL_PATHWAYS', 'MPF_PROJECTS', 'GFMD_PRACTICES',
                                                             'UN_MIGRATION_NETWORK_HUB', 'IOM', 'IMPLEMENTER', 'OTHER')),
    url            varchar(1000) NOT NULL CHECK (url ~ '^https?://'),
    PRIMARY KEY (partnership_id, catalogue, url)
);

CREATE TABLE country_source (
    country_code varchar(2)      NOT NULL REFERENCES country ON DELETE CASCADE,
    position     integer     NOT NULL,
    source_key   varchar(80)  NOT NULL REFERENCES source_document,
    locator      varchar(200),
    PRIMARY KEY (country_code, position)
);

-- Full-text search over names, acronyms and texts in both languages: whole words without stemming
-- (so acronyms match exactly), plus English and French stems; case- and accent-insensitive.
CREATE FUNCTION partnership_search_document(p partnership) RETURNS tsvector
    LANGUAGE sql STABLE AS $$
    SELECT setweight(to_tsvector('simple', immutable_unaccent(concat_ws(' ', p.name_en, p.name_fr, p.acronym,
                         (SELECT string_agg(a.name, ' ') FROM partnership_alternative_name a WHERE a.partnership_id = p.id)))), 'A')
        || setweight(to_tsvector('english', immutable_unaccent(concat_ws(' ', p.name_en,
                         (SELECT string_agg(a.name, ' ') FROM partnership_alternative_name a WHERE a.partnership_id = p.id)))), 'A')
        || setweight(to_tsvector('french', immutable_unaccent(concat_ws(' ', p.name_fr,
                         (SELECT string_agg(a.name, ' ') FROM partnership_alternative_name a WHERE a.partnership_id = p.id)))), 'A')
        || setweight(to_tsvector('simple', immutable_unaccent(concat_ws(' ', p.summary_en, p.summary_fr, p.description_en, p.description_fr))), 'C')
        || setweight(to_tsvector('english', immutable_unaccent(concat_ws(' ', p.summary_en, p.description_en))), 'C')
        || setweight(to_tsvector('french', immutable_unaccent(concat_ws(' ', p.summary_fr, p.description_fr))), 'C')
$$;

CREATE FUNCTION partnership_refresh_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_document := partnership_search_document(NEW);
    RETURN NEW;
END $$;

CREATE TRIGGER partnership_search BEFORE INSERT OR UPDATE ON partnership
    FOR EACH ROW EXECUTE FUNCTION partnership_refresh_search();

-- Alternative names live in their own table: touching one refreshes its partnership's document.
CREATE FUNCTION alternative_name_refresh_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE partnership SET search_document = partnership_search_document(partnership)
     WHERE id = coalesce(NEW.partnership_id, OLD.partnership_id);
    RETURN NULL;
END $$;

CREATE TRIGGER alternative_name_search AFTER INSERT OR UPDATE OR DELETE ON partnership_alternative_name
    FOR EACH ROW EXECUTE FUNCTION alternative_name_refresh_search();

CREATE INDEX partnership_search_idx ON partnership USING gin (search_document);
CREATE INDEX ON partnership (start_year);
CREATE INDEX ON partnership (kind);
CREATE INDEX ON partnership (status);
