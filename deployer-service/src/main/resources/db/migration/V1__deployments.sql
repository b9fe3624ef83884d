-- Change sets as received in ChangeSetPlanned events: the deployer applies from its own copy, never by calling the planner.
CREATE TABLE change_set (
    id          VARCHAR(80)  PRIMARY KEY,
    project     VARCHAR(200) NOT NULL,
    environment VARCHAR(100) NOT NULL,
    body        BYTEA        NOT NULL,
    received_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE deployment (
    id                  VARCHAR(80)  PRIMARY KEY,
    changeset_id        VARCHAR(80)  NOT NULL REFERENCES change_set (id),
    project             VARCHAR(200) NOT NULL,
    environment         VARCHAR(100) NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    approve_destructive BOOLEAN      NOT NULL DEFAULT FALSE,
    approved_by         VARCHAR(200),
    correlation_id      VARCHAR(200),
    reason              TEXT,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    finished_at         TIMESTAMPTZ
);

-- One deployment at a time per project and environment.
CREATE UNIQUE INDEX deployment_one_active ON deployment (project, environment) WHERE status IN ('pending', 'running');

-- Every step's state is written before and after it runs: a restarted deployer resumes at the first unfinished step.
CREATE TABLE deployment_step (
    deployment_id VARCHAR(80)  NOT NULL REFERENCES deployment (id),
    position      INT          NOT NULL,
    change_id     VARCHAR(80)  NOT NULL,
    target        VARCHAR(30)  NOT NULL,
    name          VARCHAR(300) NOT NULL,
    action        VARCHAR(20)  NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    started_at    TIMESTAMPTZ,
    finished_at   TIMESTAMPTZ,
    error         TEXT,
    PRIMARY KEY (deployment_id, position)
);
