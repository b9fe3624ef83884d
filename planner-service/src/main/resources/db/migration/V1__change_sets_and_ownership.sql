-- Change sets as planned, kept whole (the JSON of the contract) with the columns they are looked up by.
CREATE TABLE change_set (
    id               VARCHAR(80)  PRIMARY KEY,
    project          VARCHAR(200) NOT NULL,
    environment      VARCHAR(100) NOT NULL,
    manifest_id      VARCHAR(80)  NOT NULL,
    base_manifest_id VARCHAR(80),
    created_at       TIMESTAMPTZ  NOT NULL,
    body             BYTEA        NOT NULL
);

CREATE INDEX change_set_by_project ON change_set (project, environment, created_at DESC);

-- Which project and environment created each live resource, learned from deployment events. A resource has one owner:
-- the planner deletes only what the project owns and never touches what another owns.
CREATE TABLE owned_resource (
    target        VARCHAR(30)  NOT NULL,
    name          VARCHAR(300) NOT NULL,
    project       VARCHAR(200) NOT NULL,
    environment   VARCHAR(100) NOT NULL,
    applied_state BYTEA,
    applied_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (target, name)
);

CREATE INDEX owned_resource_by_project ON owned_resource (project, environment);
