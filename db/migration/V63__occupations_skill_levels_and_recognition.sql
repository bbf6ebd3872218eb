-- Occupations, skill levels and the recognition of skills, coded from the source: every coded value carries
-- the source's sentence that supports it (in the source's French, as printed, and in English), and where the
-- source says it. What the source does not say is not coded (no row, or NOT_STATED), never guessed.

-- ISCO-08, the ILO's International Standard Classification of Occupations, with its official English titles
-- and the French ones of the ILO's CITP-08: every major and sub-major group, and the minor and unit groups
-- the catalogue uses. A code's level is its length: 1 major, 2 sub-major, 3 minor, 4 unit group.
CREATE TABLE isco_group (
    code        varchar(4)   PRIMARY KEY CHECK (code ~ '^[0-9]{1,4}$'),
    parent_code varchar(4)   REFERENCES isco_group,
    name_en     varchar(200) NOT NULL CHECK (btrim(name_en) <> ''),
    name_fr     varchar(200) NOT NULL CHECK (btrim(name_fr) <> ''),
    -- A group belongs to the group its code extends by one digit.
    CHECK ((length(code) = 1) = (parent_code IS NULL)),
    CHECK (parent_code IS NULL OR parent_code = left(code, length(code) - 1))
);

-- The occupations a partnership targets, each at the most precise ISCO level the source supports, with the
-- source's words for it and the sentence they come from.
CREATE TABLE partnership_occupation (
    partnership_id bigint       NOT NULL REFERENCES partnership ON DELETE CASCADE,
    isco_code      varchar(4)   NOT NULL REFERENCES isco_group,
    words_en       varchar(300) NOT NULL CHECK (btrim(words_en) <> ''),
    words_fr       varchar(300) NOT NULL CHECK (btrim(words_fr) <> ''),
    sentence_en    text         NOT NULL CHECK (btrim(sentence_en) <> '' AND char_length(sentence_en) <= 2000),
    sentence_fr    text         NOT NULL CHECK (btrim(sentence_fr) <> '' AND char_length(sentence_fr) <= 2000),
    source_locator varchar(200) NOT NULL CHECK (btrim(source_locator) <> ''),
    PRIMARY KEY (partnership_id, isco_code)
);
CREATE INDEX ON partnership_occupation (isco_code);

-- The sentence behind a partnership's skill level (partnership.skill_level), and the EQF level where the
-- source names a qualification that has one. The level it supports is kept with it: if an editor later
-- changes the partnership's level, the sentence no longer stands beside it.
CREATE TABLE partnership_skill_level (
    partnership_id bigint       PRIMARY KEY REFERENCES partnership ON DELETE CASCADE,
    skill_level    varchar(20)  NOT NULL CHECK (skill_level IN ('LOW', 'MEDIUM', 'HIGH', 'MIXED')),
    eqf_level      smallint     CHECK (eqf_level BETWEEN 1 AND 8),
    words_en       varchar(300) NOT NULL CHECK (btrim(words_en) <> ''),
    words_fr       varchar(300) NOT NULL CHECK (btrim(words_fr) <> ''),
    sentence_en    text         NOT NULL CHECK (btrim(sentence_en) <> '' AND char_length(sentence_en) <= 2000),
    sentence_fr    text         NOT NULL CHECK (btrim(sentence_fr) <> '' AND char_length(sentence_fr) <= 2000),
    source_locator varchar(200) NOT NULL CHECK (btrim(source_locator) <> '')
);

-- How skills are recognised, beside the recognition element's evidence: what is recognised, by which body,
-- when, with what result. Each is NOT_STATED (or no body) unless the source says it, and each stated value
-- has its own sentence; a value not stated has none.
CREATE TABLE partnership_recognition (
    partnership_id      bigint       PRIMARY KEY REFERENCES partnership ON DELETE CASCADE,
    recognised          varchar(20)  NOT NULL DEFAULT 'NOT_STATED'
                                     CHECK (recognised IN ('QUALIFICATION', 'OCCUPATION', 'NOT_STATED')),
    recognised_sentence_en text,
    recognised_sentence_fr text,
    body_slug           varchar(80)  REFERENCES organisation ON UPDATE CASCADE,
    body_sentence_en    text,
    body_sentence_fr    text,
    timing              varchar(20)  NOT NULL DEFAULT 'NOT_STATED'
                                     CHECK (timing IN ('BEFORE_DEPARTURE', 'ON_ARRIVAL', 'AFTER_ADAPTATION', 'NOT_STATED')),
    timing_sentence_en  text,
    timing_sentence_fr  text,
    result              varchar(30)  NOT NULL DEFAULT 'NOT_STATED'
                                     CHECK (result IN ('FULL_RECOGNITION', 'PARTIAL_WITH_COMPENSATION', 'LICENCE_TO_PRACTISE',
                                                       'TRAINING_CERTIFICATE', 'NOT_STATED')),
    result_sentence_en  text,
    result_sentence_fr  text,
    source_locator      varchar(200) NOT NULL CHECK (btrim(source_locator) <> ''),
    CONSTRAINT partnership_recognition_recognised_sentence CHECK ((recognised = 'NOT_STATED')
        = (coalesce(btrim(recognised_sentence_fr), '') = '' AND coalesce(btrim(recognised_sentence_en), '') = '')),
    CONSTRAINT partnership_recognition_recognised_both CHECK ((recognised_sentence_fr IS NULL) = (recognised_sentence_en IS NULL)),
    CONSTRAINT partnership_recognition_body_sentence CHECK ((body_slug IS NULL)
        = (coalesce(btrim(body_sentence_fr), '') = '' AND coalesce(btrim(body_sentence_en), '') = '')),
    CONSTRAINT partnership_recognition_body_both CHECK ((body_sentence_fr IS NULL) = (body_sentence_en IS NULL)),
    CONSTRAINT partnership_recognition_timing_sentence CHECK ((timing = 'NOT_STATED')
        = (coalesce(btrim(timing_sentence_fr), '') = '' AND coalesce(btrim(timing_sentence_en), '') = '')),
    CONSTRAINT partnership_recognition_timing_both CHECK ((timing_sentence_fr IS NULL) = (timing_sentence_en IS NULL)),
    CONSTRAINT partnership_recognition_result_sentence CHECK ((result = 'NOT_STATED')
        = (coalesce(btrim(result_sentence_fr), '') = '' AND coalesce(btrim(result_sentence_en), '') = '')),
    CONSTRAINT partnership_recognition_result_both CHECK ((result_sentence_fr IS NULL) = (result_sentence_en IS NULL))
);
CREATE INDEX ON partnership_recognition (body_slug);

-- What public pages show changed: kept copies must go.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['isco_group', 'partnership_occupation', 'partnership_skill_level', 'partnership_recognition'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_version()', t || '_bumps_version', t);
    END LOOP;
END $$;
