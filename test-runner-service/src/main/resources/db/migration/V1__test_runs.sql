CREATE TABLE test_run (
    id             VARCHAR(80)  PRIMARY KEY,
    project        VARCHAR(200) NOT NULL,
    environment    VARCHAR(100) NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    test_type      VARCHAR(20),
    requested      TEXT,
    correlation_id VARCHAR(200),
    started_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    finished_at    TIMESTAMPTZ
);

CREATE INDEX test_run_by_project ON test_run (project, environment, started_at DESC);

-- One row per test of a run; its assertion results are kept as the JSON of the contract.
CREATE TABLE test_result (
    run_id     VARCHAR(80)  NOT NULL REFERENCES test_run (id),
    test       VARCHAR(200) NOT NULL,
    test_type  VARCHAR(20)  NOT NULL,
    status     VARCHAR(20)  NOT NULL,
    assertions BYTEA,
    PRIMARY KEY (run_id, test)
);
