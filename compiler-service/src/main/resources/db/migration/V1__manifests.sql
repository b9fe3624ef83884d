-- Manifests are stored once by content id (sha256 of their canonical form); the history of a project and environment
-- points at them, newest last, so compiling the same project twice costs one row, not two copies.
CREATE TABLE manifest (
    id          VARCHAR(80)  PRIMARY KEY,
    project     VARCHAR(200) NOT NULL,
    environment VARCHAR(100) NOT NULL,
    body        BYTEA        NOT NULL,
    stored_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE manifest_history (
    seq            BIGSERIAL    PRIMARY KEY,
    manifest_id    VARCHAR(80)  NOT NULL REFERENCES manifest (id),
    project        VARCHAR(200) NOT NULL,
    environment    VARCHAR(100) NOT NULL,
    compiled_at    TIMESTAMPTZ  NOT NULL,
    correlation_id VARCHAR(200),
    requested_by   VARCHAR(200)
);

CREATE INDEX manifest_history_by_project ON manifest_history (project, environment, seq DESC);
