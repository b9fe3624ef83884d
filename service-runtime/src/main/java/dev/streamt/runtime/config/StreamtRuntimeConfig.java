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

    @WithName("manifest-fetch")
    ManifestFetch manifestFetch();

    Arrivals arrivals();

    Consumers consumers();

    /** The Kafka consumers of the service's own topics. */
    interface Consumers {
        /** How long the group waits for a silent member before giving its partitions to the others. */
        @WithName("session-timeout")
        @WithDefault("PT15S")
        Duration sessionTimeout();
    }

    /** HTTP requests that name something not received yet wait a little for it (see {@code tx.Arrivals}). */
    interface Arrivals {
        /** How many requests may wait at once; beyond that a miss is answered at once, so waits cannot pile up. */
        @WithName("max-waiting")
        @WithDefault("16")
        @Min(0)
        int maxWaiting();
    }

    @WithName("project-clusters")
    ProjectClusters projectClusters();

    /** Talking to the projects' own Kafka clusters (the planner reads them, the deployer writes them). */
    interface ProjectClusters {
        /** One request's wait for a broker: long enough for a large CreateTopics on a busy controller. */
        @WithName("request-timeout")
        @WithDefault("PT20S")
        Duration requestTimeout();

        /** A whole call, retries included: a cluster that does not answer fails the plan or step after this. */
        @WithName("api-timeout")
        @WithDefault("PT30S")
        Duration apiTimeout();

        /** After a cluster did not answer, how long plans and steps for it fail at once instead of waiting again. */
        @WithName("circuit-open-for")
        @WithDefault("PT30S")
        Duration circuitOpenFor();

        /** The settings as the plain-Java admin-client cache takes them. */
        default dev.streamt.runtime.clusters.ClusterTimeouts timeouts() {
            return new dev.streamt.runtime.clusters.ClusterTimeouts(requestTimeout(), apiTimeout(), circuitOpenFor());
        }
    }

    /** Fetching a manifest that a {@code ManifestCompiled} event carries by reference ({@code manifest_ref}). */
    interface ManifestFetch {
        /** How long connecting to the compiler and reading the whole manifest may take. */
        @WithDefault("PT60S")
        Duration timeout();

        /** How long a consumer keeps trying to fetch a referenced manifest while the compiler does not answer. */
        @WithDefault("PT10M")
        Duration patience();

        /** The largest referenced manifest accepted; a reference announcing more is refused without fetching. */
        @WithName("max-bytes")
        @WithDefault("536870912")
        @Min(1_048_576)
        long maxBytes();
    }

    /** Who this process is. */
    interface Service {
        /** The service name as the topic catalog knows it, e.g. {@code compiler-service}; decides the topics it owns. */
        @Pattern(regexp = "[a-z][a-z0-9-]*")
        String name();

        /** The PostgreSQL schema this service owns; no other service reads or writes it. */
        @Pattern(regexp = "[a-z_][a-z0-9_]*")
        String schema();

        /**
         * A name of this process that stays the same across its restarts (the pod's name in Kubernetes, one fixed name
         * per service on one machine): its consumers become static group members, so a restarted process takes over
         * its partitions at once. Absent: dynamic membership. Two live processes must never share it.
         */
        @WithName("instance-id")
        Optional<String> instanceId();
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

        /** How often deferred commands are looked at again besides the wake-up when what they wait for arrives. */
        @WithName("deferred-poll-interval")
        @WithDefault("PT0.5S")
        Duration deferredPollInterval();
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

        /** Published events are kept this long for audit, then purged. Parked events are kept until removed by hand. */
        @WithDefault("P1D")
        Duration retention();

        /**
         * The largest request the relay's producer sends (Kafka's {@code max.request.size}); an event above it, or above
         * its topic's {@code max.message.bytes}, is parked. Manifests above the compiler's inline limit travel by
         * reference, so this is only reached by an event that could never be delivered.
         */
        @WithName("max-request-bytes")
        @WithDefault("16777216")
        @Min(1_048_576)
        int maxRequestBytes();

        /** The longest pause between attempts while the broker cannot be reached (the pause doubles up to it). */
        @WithName("max-backoff")
        @WithDefault("PT30S")
        Duration maxBackoff();
    }
}
