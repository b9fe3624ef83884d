-- The latest graph of every project and environment, so a restarted service answers at once without replaying Kafka.
CREATE TABLE project_graph (
    project     VARCHAR(200) NOT NULL,
    environment VARCHAR(100) NOT NULL,
    manifest_id VARCHAR(80)  NOT NULL,
    graph       BYTEA        NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (project, environment)
);

-- The last deployment and test status of each node, overlaid on the graph.
CREATE TABLE node_status (
    project                VARCHAR(200) NOT NULL,
    environment            VARCHAR(100) NOT NULL,
    node_id                VARCHAR(400) NOT NULL,
    last_deployment_id     VARCHAR(80),
    last_deployment_status VARCHAR(20),
    last_deployed_at       TIMESTAMPTZ,
    last_test_run_id       VARCHAR(80),
    last_test_status       VARCHAR(20),
    last_tested_at         TIMESTAMPTZ,
    PRIMARY KEY (project, environment, node_id)
);
