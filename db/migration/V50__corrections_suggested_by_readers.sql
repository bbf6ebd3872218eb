-- Readers suggest corrections to an entry, without an account; the entry's owners (the contact points of
-- its countries, else the administrators) apply or decline them. What the form checks, the database
-- enforces too (docs/corrections.md).
CREATE TABLE correction (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The private status page's address: 128 random bits, base64url without padding.
    token               varchar(22)   NOT NULL UNIQUE CHECK (token ~ '^[A-Za-z0-9_-]{22}$'),
    -- The entry as the history names it: a partnership by its id, a country by its code.
    entry_type          varchar(20)   NOT NULL CHECK (entry_type IN ('PARTNERSHIP', 'COUNTRY')),
    entry_key           varchar(120)  NOT NULL CHECK (btrim(entry_key) <> ''),
    what_is_wrong       text          NOT NULL CHECK (btrim(what_is_wrong) <> '' AND char_length(what_is_wrong) <= 2000),
    should_say          text          NOT NULL CHECK (btrim(should_say) <> '' AND char_length(should_say) <= 2000),
    source              text          NOT NULL CHECK (btrim(source) <> '' AND char_length(source) <= 1000),
    sender_name         varchar(200)  CHECK (char_length(sender_name) <= 200),
    sender_organisation varchar(200)  CHECK (char_length(sender_organisation) <= 200),
    sender_email        varchar(254)  CHECK (sender_email ~ '^[^@\s]+@[^@\s]+$'),
    language            varchar(2)    NOT NULL CHECK (language IN ('en', 'fr')),
    -- Whose it is to handle, fixed when it arrives: the countries whose contact points see it, and whether
    -- no contact point account existed for them (the administrators see every suggestion in any case).
    owner_countries     varchar(2)[]  NOT NULL,
    for_administrators  boolean       NOT NULL,
    status              varchar(10)   NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'APPLIED', 'DECLINED')),
    received_at         timestamptz   NOT NULL DEFAULT now(),
    closed_at           timestamptz,
    closed_by           bigint        REFERENCES account,
    closed_by_name      varchar(200),
    revision_id         bigint        REFERENCES revision,
    decline_reason      text          CHECK (char_length(decline_reason) <= 2000),
    CHECK ((status = 'OPEN') = (closed_at IS NULL)),
    CHECK (status <> 'APPLIED' OR revision_id IS NOT NULL),
    CHECK (status <> 'DECLINED' OR coalesce(btrim(decline_reason), '') <> '')
);
CREATE INDEX correction_open_entry_idx ON correction (entry_type, entry_key) WHERE status = 'OPEN';
CREATE INDEX correction_open_owners_idx ON correction USING gin (owner_countries) WHERE status = 'OPEN';
CREATE INDEX correction_received_idx ON correction (received_at DESC, id DESC) WHERE status = 'OPEN';

-- An entry's page says how many corrections are open for it: a suggestion changes what it shows.
CREATE TRIGGER correction_bumps_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON correction
    FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_version();

-- Suggestions received per address and in all, per window: one row per subject, whose lock makes parallel
-- submissions take their places one after the other (see correction.SubmissionLimits). Addresses are kept
-- as a keyed digest only.
CREATE TABLE correction_limit (
    subject           varchar(100) PRIMARY KEY,
    window_started_at timestamptz  NOT NULL,
    submissions       integer      NOT NULL CHECK (submissions >= 0)
);

-- The key that signs the time a correction form was opened, the same for every instance of the catalogue.
CREATE TABLE correction_form_key (
    singleton boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
    secret    varchar(64) NOT NULL CHECK (char_length(secret) = 64)
);
INSERT INTO correction_form_key (secret)
VALUES (replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
