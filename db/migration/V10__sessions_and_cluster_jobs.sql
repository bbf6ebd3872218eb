-- Sessions in the database, so that every instance of the catalogue can answer a signed-in person.
-- The PostgreSQL schema that Spring Session JDBC 4.0 ships (schema-postgresql.sql), in lower case;
-- Spring Session's own schema initialisation is off (spring.session.jdbc.initialize-schema=never).
CREATE TABLE spring_session (
    primary_id            CHAR(36) NOT NULL,
    session_id            CHAR(36) NOT NULL,
    creation_time         BIGINT NOT NULL,
    last_access_time      BIGINT NOT NULL,
    max_inactive_interval INT NOT NULL,
    expiry_time           BIGINT NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);

CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36) NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);

-- Periodic jobs that must run once per cluster, not once per instance: the instance that moves
-- last_run_at forward (one UPDATE, judged by the database's clock) runs the job; the others skip it.
CREATE TABLE cluster_job (
    name        VARCHAR(100) PRIMARY KEY,
    last_run_at TIMESTAMP WITH TIME ZONE
);

INSERT INTO cluster_job (name) VALUES ('expired-sessions');
