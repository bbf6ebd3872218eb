-- Verification rounds: an administrator asks the contact points of some countries to check their entries by
-- a deadline. An entry is done for a round once it has been checked (or saved with changes by a contact
-- point: the verification table has both) since the round opened, and before it closed.
CREATE TABLE verification_round (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        varchar(200) NOT NULL CHECK (btrim(name) <> ''),
    deadline    date         NOT NULL CHECK (deadline BETWEEN DATE '2000-01-01' AND DATE '2100-12-31'),
    opened_at   timestamptz  NOT NULL DEFAULT now(),
    opened_by   varchar(200) NOT NULL,
    closed_at   timestamptz,
    reminded_at timestamptz
);

CREATE TABLE verification_round_country (
    round_id     bigint     NOT NULL REFERENCES verification_round ON DELETE CASCADE,
    country_code varchar(2) NOT NULL REFERENCES country,
    PRIMARY KEY (round_id, country_code)
);

-- A round's public page counts checks: kept copies must go when a round opens, closes or is counted anew.
CREATE TRIGGER verification_round_bumps_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON verification_round
    FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_version();

INSERT INTO cluster_job (name) VALUES ('round-reminders');
