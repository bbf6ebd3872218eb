-- Why an entry was changed, in the editor's own words (optional, in either language), kept with the revision
-- and shown wherever the revision is. A blank reason is no reason: it is stored as none.
ALTER TABLE revision ADD COLUMN reason text;
ALTER TABLE revision ADD CONSTRAINT revision_reason_length CHECK (char_length(reason) <= 500);
ALTER TABLE revision ADD CONSTRAINT revision_reason_check CHECK (btrim(reason) <> '');

-- "Checked, nothing to change": a contact point (or an administrator) confirms an entry is still right,
-- which records no revision since nothing changed. A save with changes by a contact point counts as a
-- check too, and points to its revision. One row per check, so that rounds of checks can be counted.
CREATE TABLE verification (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entry_type   varchar(20)  NOT NULL CHECK (entry_type IN ('PARTNERSHIP', 'COUNTRY')),
    entry_key    varchar(120) NOT NULL,
    account_id   bigint       REFERENCES account,
    account_name varchar(200) NOT NULL,
    -- The country the account answered for then; none for an administrator.
    country_code varchar(2)   REFERENCES country,
    verified_at  timestamptz  NOT NULL DEFAULT now(),
    revision_id  bigint       REFERENCES revision
);
CREATE INDEX ON verification (entry_type, entry_key, verified_at DESC);

-- The entry's public page says when it was last checked: its cached copies must go when that changes.
CREATE TRIGGER verification_bumps_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON verification
    FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_version();

-- Saves contact points made before checks were recorded count as checks.
INSERT INTO verification (entry_type, entry_key, account_id, account_name, country_code, verified_at, revision_id)
SELECT entry_type, entry_key, author_id, author_name, author_country, made_at, id
FROM revision
WHERE action IN ('CREATED', 'EDITED') AND author_country IS NOT NULL
ORDER BY id;
