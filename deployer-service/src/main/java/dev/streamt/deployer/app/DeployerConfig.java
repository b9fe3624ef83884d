package dev.streamt.deployer.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/** The deployer's own settings, under {@code streamt.deployer}. */
@ConfigMapping(prefix = "streamt.deployer")
public interface DeployerConfig {

    /** Deployments run at the same time by this process (each on its own thread and database connection). */
    @WithDefault("2")
    @Min(1)
    int workers();

    /**
     * How often unfinished deployments are looked for besides startup: one whose pod died is taken over by another pod
     * after its lock is gone.
     */
    @WithName("resume-interval")
    @WithDefault("PT15S")
    Duration resumeInterval();

    Kafka kafka();

    /** How long an apply waits for a change set the deployer has not received yet. */
    @WithName("changeset-wait")
    ChangeSetWait changeSetWait();

    /**
     * An apply can overtake its change set: automation sends the apply command as soon as it sees ChangeSetPlanned,
     * and the deployer reads commands and change sets from two topics. Within this patience the apply waits for the
     * change set instead of refusing it as unknown.
     */
    interface ChangeSetWait {
        /** For an apply command from {@code streamt.apply.commands}. */
        @WithDefault("PT30S")
        Duration command();

        /** For {@code POST /api/v1/deployments} (a caller is waiting on the line). */
        @WithDefault("PT3S")
        Duration http();
    }

    /** The Kafka topic executor. */
    interface Kafka {
        /** Topics per admin request and per deployment batch. */
        @WithName("batch-size")
        @WithDefault("200")
        @Min(1)
        int batchSize();

        /** Controller records (topic + partitions + configs) one request may make; KRaft refuses more than 10,000. */
        @WithName("max-records-per-request")
        @WithDefault("9000")
        @Min(1)
        int maxRecordsPerRequest();

        /** How long a replace waits for the old topic to be gone before it gives up. */
        @WithName("deletion-timeout")
        @WithDefault("PT60S")
        Duration deletionTimeout();
    }
}
