-- Every change below takes a number from this sequence, so any pod can tell which of its in-memory graphs are stale by
-- comparing revisions (see DESIGN.md: several pods share the consumer group, every pod answers every query).
CREATE SEQUENCE lineage_revision_seq;

-- The latest manifest of every project and environment, so a restarted service answers at once without replaying
-- Kafka. The manifest is kept whole (gzip JSON): the graph is rebuilt from it, so a new graph model needs no migration.
CREATE TABLE project_graph (
    project     VARCHAR(200) NOT NULL,
    environment VARCHAR(100) NOT NULL,
    manifest_id VARCHAR(80)  NOT NULL,
    compiled_at TIMESTAMPTZ  NOT NULL,
    event_id    VARCHAR(300) NOT NULL,
    event_time  TIMESTAMPTZ  NOT NULL,
    manifest    BYTEA        NOT NULL,
    revision    BIGINT       NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (project, environment)
);

-- The last deployment outcome of each deployable artifact (placed on nodes through the manifest's owner_node when
-- the graph is built, so a manifest that moves an artifact moves its status too).
CREATE TABLE artifact_status (
    project       VARCHAR(200) NOT NULL,
    environment   VARCHAR(100) NOT NULL,
    target        VARCHAR(40)  NOT NULL,
    name          VARCHAR(400) NOT NULL,
    deployment_id VARCHAR(80)  NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    error         TEXT,
    occurred_at   TIMESTAMPTZ  NOT NULL,
    event_time    TIMESTAMPTZ  NOT NULL,
    event_id      VARCHAR(300) NOT NULL,
    PRIMARY KEY (project, environment, target, name)
);

-- The last outcome of each test.
CREATE TABLE test_status (
    project     VARCHAR(200) NOT NULL,
    environment VARCHAR(100) NOT NULL,
    test_name   VARCHAR(400) NOT NULL,
    run_id      VARCHAR(80)  NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    error       TEXT,
    occurred_at TIMESTAMPTZ  NOT NULL,
    event_time  TIMESTAMPTZ  NOT NULL,
    event_id    VARCHAR(300) NOT NULL,
    PRIMARY KEY (project, environment, test_name)
);

-- One revision per project and environment for its statuses (which may arrive before its first manifest).
CREATE TABLE status_revision (
    project     VARCHAR(200) NOT NULL,
    environment VARCHAR(100) NOT NULL,
    revision    BIGINT       NOT NULL,
    PRIMARY KEY (project, environment)
);
