-- What an organisation does in a partnership, in the words the field uses: who commissioned it, who funds,
-- implements, trains, recognises skills, places or recruits, employs, or takes part otherwise. The codes stay
-- as they are here (the API and the exports publish them). The former three keep their meaning.
ALTER TABLE partnership_organisation DROP CONSTRAINT partnership_organisation_role_check;
ALTER TABLE partnership_organisation ALTER COLUMN role TYPE varchar(30);
ALTER TABLE partnership_organisation ADD CONSTRAINT partnership_organisation_role_check
    CHECK (role IN ('COMMISSIONING_AUTHORITY', 'FUNDER', 'IMPLEMENTER', 'TRAINING_PROVIDER', 'RECOGNITION_BODY',
                    'PLACEMENT', 'EMPLOYER', 'PARTNER'));

-- Each role carries the source's sentence that supports it, as an element's assessment carries its evidence
-- (either language is enough), and where the source says it, as a figure does (a document and a place in it).
ALTER TABLE partnership_organisation
    ADD COLUMN evidence_en    text,
    ADD COLUMN evidence_fr    text,
    ADD COLUMN source_key     varchar(80)  REFERENCES source_document,
    ADD COLUMN source_locator varchar(200),
    ADD CONSTRAINT partnership_organisation_evidence_en_length CHECK (char_length(evidence_en) <= 5000),
    ADD CONSTRAINT partnership_organisation_evidence_fr_length CHECK (char_length(evidence_fr) <= 5000);
CREATE INDEX ON partnership_organisation (source_key);
