-- Change sets as received in ChangeSetPlanned events: the deployer applies from its own copy, never by calling the planner.
-- planned_at and the event's correlation id come with it: the first decides staleness, the second correlates an apply
-- that came without one.
CREATE TABLE change_set (
    id             VARCHAR(80)  PRIMARY KEY,
    project        VARCHAR(200) NOT NULL,
    environment    VARCHAR(100) NOT NULL,
    planned_at     TIMESTAMPTZ  NOT NULL,
    correlation_id VARCHAR(200) NOT NULL,
    body           BYTEA        NOT NULL,
    received_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE deployment (
    id                  VARCHAR(80)  PRIMARY KEY,
    changeset_id        VARCHAR(80)  NOT NULL REFERENCES change_set (id),
    project             VARCHAR(200) NOT NULL,
    environment         VARCHAR(100) NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    approve_destructive BOOLEAN      NOT NULL DEFAULT FALSE,
    approved_by         VARCHAR(200),
    correlation_id      VARCHAR(200) NOT NULL,
    -- The id of the apply command that asked for it (null over HTTP): the causation id of every event it publishes.
    cause_id            VARCHAR(200),
    reason              TEXT,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    finished_at         TIMESTAMPTZ
);

-- One deployment at a time per project and environment.
CREATE UNIQUE INDEX deployment_one_active ON deployment (project, environment) WHERE status IN ('pending', 'running');
-- A re-sent apply finds the deployment of its change set; the history of a project is read newest first.
CREATE INDEX deployment_by_changeset ON deployment (changeset_id);
CREATE INDEX deployment_by_project ON deployment (project, environment, created_at DESC);

-- Every step's state is written before and after it runs: a restarted deployer resumes at the first unfinished step.
CREATE TABLE deployment_step (
    deployment_id VARCHAR(80)  NOT NULL REFERENCES deployment (id),
    position      INT          NOT NULL,
    change_id     VARCHAR(400) NOT NULL,
    target        VARCHAR(30)  NOT NULL,
    name          VARCHAR(300) NOT NULL,
    action        VARCHAR(20)  NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    started_at    TIMESTAMPTZ,
    finished_at   TIMESTAMPTZ,
    error         TEXT,
    PRIMARY KEY (deployment_id, position)
);
