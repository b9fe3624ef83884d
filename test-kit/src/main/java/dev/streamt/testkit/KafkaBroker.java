package dev.streamt.testkit;

import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A running, real, single-node KRaft Kafka broker (broker and controller in one node) for tests.
 *
 * <p>Lifecycle: an implementation is started by its static {@code start()} / {@code builder().start()} and is ready to
 * serve clients when that returns; {@link #close()} stops it and deletes its files. Start once, close once;
 * {@code close()} is idempotent. Thread-safe after start.
 *
 * <p>Broker settings common to every implementation: internal topics with replication
 * factor 1 so consumer groups and transactions work on one broker, no initial rebalance delay, messages up to
 * {@link #BROKER_MESSAGE_MAX_BYTES}, and {@code auto.create.topics.enable=false} so a test fails loudly when a topic
 * was not provisioned, as in production. Both implementations accept overrides of any broker setting.
 *
 * <p>Implementations: {@link InJvmKafkaBroker} (Kafka's own test kit inside this JVM, fastest) and
 * {@link ChildProcessKafkaBroker} ({@code kafka.Kafka} in a separate JVM, for multi-JVM setups).
 */
public interface KafkaBroker extends AutoCloseable {

    /** Largest record value the platform allows (16 MiB). */
    int PLATFORM_MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    /**
     * The broker's {@code message.max.bytes} and {@code replica.fetch.max.bytes}: the platform limit plus 1 MiB of
     * headroom for the key, headers and record batch overhead. A producer sending 16 MiB values needs
     * {@code max.request.size} of at least this.
     */
    int BROKER_MESSAGE_MAX_BYTES = PLATFORM_MAX_MESSAGE_BYTES + 1024 * 1024;

    /** The {@code host:port} list clients connect to (a PLAINTEXT listener on localhost). */
    String bootstrapServers();

    /**
     * Creates a topic with replication factor 1 and waits until every partition has a leader. A topic that already
     * exists is left as it is.
     */
    default void createTopic(String name, int partitions) {
        createTopic(name, partitions, Map.of());
    }

    /** Like {@link #createTopic(String, int)}, with topic-level configs such as {@code cleanup.policy}. */
    default void createTopic(String name, int partitions, Map<String, String> topicConfigs) {
        Topics.create(bootstrapServers(), name, partitions, topicConfigs);
    }

    /** Opens a new Admin client on this broker; the caller closes it. */
    default Admin createAdmin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }

    /** Stops the broker, waits until it is gone and deletes its files. Idempotent. */
    @Override
    void close();
}
