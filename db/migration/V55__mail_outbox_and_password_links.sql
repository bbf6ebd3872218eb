-- E-mail: an account's address and language, the one-time links that set a password (an invitation or a
-- reset), and the outbox every mail goes through.

ALTER TABLE account
    ADD COLUMN email    varchar(320) CHECK (email ~ '^[^@\s]+@[^@\s]+$'),
    ADD COLUMN language varchar(2)   NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'fr'));
CREATE UNIQUE INDEX account_email_key ON account (lower(email));

-- Only a hash of the token is kept: whoever reads the database cannot use a link that is still valid.
CREATE TABLE password_link (
    token_hash varchar(64)  PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    account_id bigint       NOT NULL REFERENCES account ON DELETE CASCADE,
    purpose    varchar(20)  NOT NULL CHECK (purpose IN ('INVITATION', 'RESET')),
    created_at timestamptz  NOT NULL DEFAULT now(),
    expires_at timestamptz  NOT NULL,
    used_at    timestamptz,
    CHECK (expires_at > created_at)
);
CREATE INDEX ON password_link (account_id, created_at DESC);

-- Written in the same transaction as what the mail tells of, sent later by one instance at a time: a mail
-- server that is slow or down never slows or fails a save.
CREATE TABLE mail_outbox (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind            varchar(40)   NOT NULL CHECK (kind ~ '^[a-z][a-z-]*$'),
    recipient       varchar(320)  NOT NULL CHECK (recipient ~ '^[^@\s]+@[^@\s]+$'),
    language        varchar(2)    NOT NULL CHECK (language IN ('en', 'fr')),
    subject         varchar(300)  NOT NULL,
    text_body       text          NOT NULL,
    html_body       text          NOT NULL,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    status          varchar(10)   NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'KEPT', 'FAILED')),
    attempts        integer       NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz   NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    last_error      varchar(1000)
);
CREATE INDEX ON mail_outbox (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX ON mail_outbox (created_at DESC);

INSERT INTO cluster_job (name) VALUES ('mail-outbox');
