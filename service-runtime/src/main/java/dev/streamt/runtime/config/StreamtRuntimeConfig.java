package dev.streamt.runtime.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.Optional;

/**
 * Typed configuration every service shares, under the {@code streamt.} prefix. Each service sets its own
 * {@code streamt.service.name} and {@code streamt.service.schema}; everything else has a default that works on one
 * machine and can be overridden per environment (ConfigMap in Kubernetes).
 */
@ConfigMapping(prefix = "streamt")
public interface StreamtRuntimeConfig {

    Service service();

    Topics topics();

    Inbox inbox();

    Outbox outbox();

    /** Who this process is. */
    interface Service {
        /** The service name as the topic catalog knows it, e.g. {@code compiler-service}; decides the topics it owns. */
        @Pattern(regexp = "[a-z][a-z0-9-]*")
        String name();

        /** The PostgreSQL schema this service owns; no other service reads or writes it. */
        @Pattern(regexp = "[a-z_][a-z0-9_]*")
        String schema();
    }

    /** How the topics a service owns are created when they are missing. */
    interface Topics {
        /** Create the owned topics at startup when missing. Off where a platform team manages topics itself. */
        @WithDefault("true")
        boolean create();

        /** Partitions of a created topic: the unit of parallelism of every consumer group that reads it. */
        @WithDefault("6")
        @Min(1)
        int partitions();

        /** Replication factor of a created topic; absent means the broker's default. */
        @WithName("replication-factor")
        Optional<Short> replicationFactor();

        /** Retention of command topics: a command nobody handled within this time is dropped. */
        @WithName("command-retention")
        @WithDefault("P7D")
        Duration commandRetention();

        /**
         * Retention of event topics; absent keeps events forever, so a consumer replaying from the beginning (the
         * lineage service, a new pod) rebuilds the same state.
         */
        @WithName("event-retention")
        Optional<Duration> eventRetention();

        /** Largest message a topic accepts: manifests travel inside events (see ARCHITECTURE.md, Messages). */
        @WithName("max-message-bytes")
        @WithDefault("16777216")
        @Min(1_048_576)
        int maxMessageBytes();

        /** How long startup keeps retrying to reach Kafka before it reports the owned topics as not ready. */
        @WithName("retry-interval")
        @WithDefault("PT2S")
        Duration retryInterval();
    }

    /** The idempotent consumer. */
    interface Inbox {
        /** Attempts of a handler on one event before it is recorded as failed and skipped. */
        @WithName("max-attempts")
        @WithDefault("5")
        @Min(1)
        int maxAttempts();

        /** Pause before the first retry; doubled on each further attempt. */
        @WithName("retry-backoff")
        @WithDefault("PT0.2S")
        Duration retryBackoff();
    }

    /** Publish-after-commit. */
    interface Outbox {
        /** How often pending events are looked for besides the wake-up after every commit (crash recovery). */
        @WithName("poll-interval")
        @WithDefault("PT2S")
        Duration pollInterval();

        /** Events sent per round trip to the broker. */
        @WithName("batch-size")
        @WithDefault("100")
        @Min(1)
        int batchSize();

        /** How long a sent batch may wait for the broker's acknowledgement. */
        @WithName("send-timeout")
        @WithDefault("PT30S")
        Duration sendTimeout();

        /** Published events are kept this long for audit, then purged. */
        @WithDefault("P1D")
        Duration retention();
    }
}
