-- Editing by EMN national contact points: accounts, login throttling, and the history of every change.

CREATE TABLE account (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username          varchar(100) NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._@-]{3,100}$'),
    display_name      varchar(200) NOT NULL CHECK (btrim(display_name) <> ''),
    password_hash     varchar(200) NOT NULL,
    role              varchar(20)  NOT NULL CHECK (role IN ('ADMINISTRATOR', 'CONTACT_POINT')),
    country_code      varchar(2)   REFERENCES country,
    enabled           boolean      NOT NULL DEFAULT true,
    created_at        timestamptz  NOT NULL DEFAULT now(),
    last_login_at     timestamptz,
    previous_login_at timestamptz,
    version           bigint       NOT NULL DEFAULT 0,
    -- A contact point answers for exactly one country; an administrator for none in particular.
    CHECK ((role = 'CONTACT_POINT') = (country_code IS NOT NULL))
);

-- Failed logins per account and per address, so that guessing is refused for a while.
CREATE TABLE login_throttle (
    subject           varchar(200) PRIMARY KEY,
    failures          integer      NOT NULL,
    window_started_at timestamptz  NOT NULL,
    blocked_until     timestamptz
);

-- Every saved state of an entry: who, when, what changed, and the whole entry as it then was.
CREATE TABLE revision (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entry_type     varchar(20)  NOT NULL CHECK (entry_type IN ('PARTNERSHIP', 'COUNTRY')),
    entry_key      varchar(120) NOT NULL,
    entry_version  bigint       NOT NULL,
    action         varchar(20)  NOT NULL CHECK (action IN ('IMPORTED', 'CREATED', 'EDITED', 'RETIRED', 'RESTORED', 'REVERTED')),
    author_id      bigint       REFERENCES account,
    author_name    varchar(200) NOT NULL,
    author_country varchar(2)   REFERENCES country,
    made_at        timestamptz  NOT NULL DEFAULT now(),
    changed_fields text[]       NOT NULL DEFAULT '{}',
    snapshot       jsonb        NOT NULL,
    UNIQUE (entry_type, entry_key, entry_version)
);
CREATE INDEX ON revision (made_at DESC);

-- Old addresses of partnerships whose slug an administrator changed: they redirect.
CREATE TABLE partnership_slug_alias (
    slug           varchar(120) PRIMARY KEY CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    partnership_id bigint       NOT NULL REFERENCES partnership
);
