-- What the edit forms check, the database enforces too (docs/data-model.md, "Limits").

-- Either language is enough for any text: the evidence for an element and a figure's label may be
-- written in French only, as names and summaries already may; readers of the other language see it
-- marked as untranslated.
ALTER TABLE partnership_element DROP CONSTRAINT partnership_element_check;
ALTER TABLE partnership_element ADD CONSTRAINT partnership_element_evidence_check
    CHECK (status = 'NOT_DOCUMENTED' OR coalesce(btrim(evidence_en), '') <> '' OR coalesce(btrim(evidence_fr), '') <> '');

ALTER TABLE partnership_figure ALTER COLUMN label_en DROP NOT NULL;
ALTER TABLE partnership_figure ALTER COLUMN label_fr DROP NOT NULL;
ALTER TABLE partnership_figure ADD CONSTRAINT partnership_figure_label_check
    CHECK (coalesce(btrim(label_en), '') <> '' OR coalesce(btrim(label_fr), '') <> '');

-- A BCP 47 language tag fits in 35 characters (RFC 5646, 4.4.1); 8 cut off tags such as 'sr-Latn-RS'.
ALTER TABLE partnership_alternative_name ALTER COLUMN language TYPE varchar(35);

-- Dates an editor gives lie in the same span as the years of a period.
ALTER TABLE partnership ADD CONSTRAINT partnership_last_verified_on_check
    CHECK (last_verified_on BETWEEN DATE '1900-01-01' AND DATE '2100-12-31');

-- Every long text has a maximum length: 2,000 characters for notes, 5,000 for a summary, a target group
-- or the evidence for an element, 20,000 for the longer texts. The seed's longest text has 2,704 characters.
-- Added NOT VALID and then validated: a database that an earlier version let hold a longer text still
-- upgrades (with a warning), and the limit holds for every later save.
ALTER TABLE partnership
    ADD CONSTRAINT partnership_status_note_en_length CHECK (char_length(status_note_en) <= 2000) NOT VALID,
    ADD CONSTRAINT partnership_status_note_fr_length CHECK (char_length(status_note_fr) <= 2000) NOT VALID,
    ADD CONSTRAINT partnership_summary_en_length CHECK (char_length(summary_en) <= 5000) NOT VALID,
    ADD CONSTRAINT partnership_summary_fr_length CHECK (char_length(summary_fr) <= 5000) NOT VALID,
    ADD CONSTRAINT partnership_description_en_length CHECK (char_length(description_en) <= 20000) NOT VALID,
    ADD CONSTRAINT partnership_description_fr_length CHECK (char_length(description_fr) <= 20000) NOT VALID,
    ADD CONSTRAINT partnership_target_group_en_length CHECK (char_length(target_group_en) <= 5000) NOT VALID,
    ADD CONSTRAINT partnership_target_group_fr_length CHECK (char_length(target_group_fr) <= 5000) NOT VALID,
    ADD CONSTRAINT partnership_rationale_en_length CHECK (char_length(rationale_en) <= 20000) NOT VALID,
    ADD CONSTRAINT partnership_rationale_fr_length CHECK (char_length(rationale_fr) <= 20000) NOT VALID,
    ADD CONSTRAINT partnership_operation_en_length CHECK (char_length(operation_en) <= 20000) NOT VALID,
    ADD CONSTRAINT partnership_operation_fr_length CHECK (char_length(operation_fr) <= 20000) NOT VALID,
    ADD CONSTRAINT partnership_outcomes_en_length CHECK (char_length(outcomes_en) <= 20000) NOT VALID,
    ADD CONSTRAINT partnership_outcomes_fr_length CHECK (char_length(outcomes_fr) <= 20000) NOT VALID,
    ADD CONSTRAINT partnership_budget_note_en_length CHECK (char_length(budget_note_en) <= 2000) NOT VALID,
    ADD CONSTRAINT partnership_budget_note_fr_length CHECK (char_length(budget_note_fr) <= 2000) NOT VALID;

ALTER TABLE partnership_element
    ADD CONSTRAINT partnership_element_evidence_en_length CHECK (char_length(evidence_en) <= 5000) NOT VALID,
    ADD CONSTRAINT partnership_element_evidence_fr_length CHECK (char_length(evidence_fr) <= 5000) NOT VALID;

ALTER TABLE country
    ADD CONSTRAINT country_emn_narrative_en_length CHECK (char_length(emn_narrative_en) <= 20000) NOT VALID,
    ADD CONSTRAINT country_emn_narrative_fr_length CHECK (char_length(emn_narrative_fr) <= 20000) NOT VALID;

DO $$
DECLARE
    limit_ record;
BEGIN
    FOR limit_ IN SELECT conrelid::regclass AS table_name, conname FROM pg_constraint
                   WHERE conname LIKE '%\_length' AND NOT convalidated ORDER BY conname LOOP
        BEGIN
            EXECUTE format('ALTER TABLE %s VALIDATE CONSTRAINT %I', limit_.table_name, limit_.conname);
        EXCEPTION WHEN check_violation THEN
            RAISE WARNING 'Some rows of % hold a text longer than % allows: it applies from their next save on',
                limit_.table_name, limit_.conname;
        END;
    END LOOP;
END $$;
