-- Plans waiting to run: every auto-plan of a received manifest and every plan command, in the order they came, per
-- project/environment. The consumer that queues one returns at once; the planner's workers run them off the
-- consumer's thread (one at a time per project/env, several projects at once), and a restarted planner finds them here.
CREATE TABLE plan_queue (
    seq            BIGSERIAL    PRIMARY KEY,
    project        VARCHAR(200) NOT NULL,
    environment    VARCHAR(100) NOT NULL,
    manifest_id    VARCHAR(80)  NOT NULL,
    correlation_id VARCHAR(300) NOT NULL,
    causation_id   VARCHAR(300),
    queued_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX plan_queue_owner ON plan_queue (project, environment, seq);
