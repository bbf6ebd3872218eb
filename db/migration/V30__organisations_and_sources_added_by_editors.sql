-- Contact points add organisations and source documents from the partnership form (administrators merge
-- duplicates): what the new forms check, the database enforces too (docs/data-model.md, "Limits").

-- An organisation needs a name in one language at least, as a partnership does; the other language falls
-- back to it. Its website helps tell two of the same name apart, and finds a duplicate typed differently.
ALTER TABLE organisation ALTER COLUMN name_en DROP NOT NULL;
ALTER TABLE organisation ALTER COLUMN name_fr DROP NOT NULL;
ALTER TABLE organisation ADD CONSTRAINT organisation_name_check
    CHECK (coalesce(btrim(name_en), '') <> '' OR coalesce(btrim(name_fr), '') <> '');
ALTER TABLE organisation ADD COLUMN website varchar(1000) CONSTRAINT organisation_website_check CHECK (website ~ '^https?://');

-- The kinds of actors a skills mobility partnership brings together. The seed's codes stay as they are
-- (the API publishes them): NATIONAL_AUTHORITY is shown as "public authority".
ALTER TABLE organisation DROP CONSTRAINT organisation_type_check;
ALTER TABLE organisation ADD CONSTRAINT organisation_type_check
    CHECK (type IN ('NATIONAL_AUTHORITY', 'PUBLIC_EMPLOYMENT_SERVICE', 'DEVELOPMENT_AGENCY', 'TRAINING_PROVIDER',
                    'UNIVERSITY', 'RECOGNITION_BODY', 'EMPLOYER', 'SOCIAL_PARTNER', 'INTERNATIONAL_ORGANISATION', 'NGO',
                    'EU_BODY', 'PRIVATE', 'OTHER'));

-- A source document: a title that says something, the language it is written in (a BCP 47 tag, as for a
-- partnership's other names), and its date as precise as known (2018, 2022-02 or 2022-02-22).
ALTER TABLE source_document ADD CONSTRAINT source_document_title_check CHECK (btrim(title) <> '');
ALTER TABLE source_document ADD COLUMN language varchar(35)
    CONSTRAINT source_document_language_check CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$');
-- Added NOT VALID and then validated, as the limits of V12: a database holding a date written otherwise
-- still upgrades (with a warning), and the rule holds for every document added from now on.
ALTER TABLE source_document ADD CONSTRAINT source_document_published_check
    CHECK (published ~ '^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$') NOT VALID;

DO $$
BEGIN
    ALTER TABLE source_document VALIDATE CONSTRAINT source_document_published_check;
EXCEPTION WHEN check_violation THEN
    RAISE WARNING 'Some source documents give their date otherwise than as 2018, 2018-05 or 2018-05-31: the rule applies to new documents';
END $$;
