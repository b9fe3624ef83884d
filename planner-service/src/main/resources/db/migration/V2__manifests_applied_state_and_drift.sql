-- The manifests the planner received from ManifestCompiled, so a plan by id or by project/environment works from the
-- planner's own store (event-carried state: it never asks the compiler). The latest per project/env is the newest.
CREATE TABLE manifest (
    id          VARCHAR(80)  PRIMARY KEY,
    project     VARCHAR(200) NOT NULL,
    environment VARCHAR(100) NOT NULL,
    received_at TIMESTAMPTZ  NOT NULL,
    body        BYTEA        NOT NULL
);

CREATE INDEX manifest_latest ON manifest (project, environment, received_at DESC);

-- The manifest whose deployment last succeeded per project/env: the base of the next plan and the reference of drift.
CREATE TABLE applied_manifest (
    project      VARCHAR(200) NOT NULL,
    environment  VARCHAR(100) NOT NULL,
    manifest_id  VARCHAR(80)  NOT NULL,
    changeset_id VARCHAR(80)  NOT NULL,
    applied_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (project, environment)
);

-- The last drift published per project/env (a fingerprint of its differences), so the schedule publishes a drift
-- once when it appears or changes, not on every tick.
CREATE TABLE drift_report (
    project      VARCHAR(200) NOT NULL,
    environment  VARCHAR(100) NOT NULL,
    fingerprint  VARCHAR(64)  NOT NULL,
    published_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (project, environment)
);
