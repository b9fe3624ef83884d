package dev.streamt.testkit;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real KRaft Kafka broker running inside this JVM, built on Kafka's own test kit
 * ({@code org.apache.kafka.common.test.KafkaClusterTestKit}) in combined mode: one node that is both broker and
 * controller. Starts in 1-2 s; the listeners are bound to free ports on localhost by the test kit itself
 * (port 0, pre-bound sockets), so brokers in parallel tests never collide.
 *
 * <p>Its data lives in a fresh directory under {@code target/streamt-test-kit/} (see {@link #workDirectory()}),
 * deleted by {@link #close()}.
 *
 * <p>Note: Kafka's test kit formats the node with the newest <em>testing</em> metadata version and enables unstable
 * API versions; clients still negotiate the stable versions they know. Use {@link ChildProcessKafkaBroker} for a
 * broker configured exactly like a production one.
 *
 * <p>Lifecycle: {@link #start()} or {@link #builder()}...{@link Builder#start() start()}, then {@link #close()} once
 * (idempotent). Thread-safe after start.
 */
public final class InJvmKafkaBroker implements KafkaBroker {

    private final KafkaClusterTestKit cluster;
    private final String bootstrapServers;
    private final Path workDirectory;
    private boolean closed;

    private InJvmKafkaBroker(KafkaClusterTestKit cluster, Path workDirectory) {
        this.cluster = cluster;
        this.bootstrapServers = cluster.bootstrapServers();
        this.workDirectory = workDirectory;
    }

    /** Starts a broker with the kit's defaults. */
    public static InJvmKafkaBroker start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The directory holding the broker's metadata and log segments. */
    public Path workDirectory() {
        return workDirectory;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            cluster.close();
        } catch (Exception e) {
            throw new IllegalStateException("In-JVM Kafka broker on " + bootstrapServers + " did not shut down cleanly", e);
        } finally {
            WorkDirectories.deleteRecursively(workDirectory);
        }
    }

    @Override
    public String toString() {
        return "InJvmKafkaBroker[" + bootstrapServers + "]";
    }

    /** Configures an {@link InJvmKafkaBroker} before it starts. Not thread-safe; use from one thread. */
    public static final class Builder {
        private final Map<String, String> settings = BrokerDefaults.settings();
        private Path workDirectory;

        private Builder() {
        }

        /** Sets or overrides one broker setting, e.g. {@code auto.create.topics.enable=true}. */
        public Builder config(String key, String value) {
            settings.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Sets or overrides several broker settings. */
        public Builder configs(Map<String, String> overrides) {
            overrides.forEach(this::config);
            return this;
        }

        /** Uses this directory for the broker's data instead of a fresh one under {@code target/streamt-test-kit/}. */
        public Builder workDirectory(Path directory) {
            this.workDirectory = directory;
            return this;
        }

        /** Formats the node, starts it and waits until the broker is registered and unfenced. */
        public InJvmKafkaBroker start() {
            Path directory = workDirectory == null
                    ? WorkDirectories.createUnique("kafka-in-jvm-")
                    : WorkDirectories.ensure(workDirectory);
            TestKitNodes nodes = new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBaseDirectory(directory)
                    .build();
            KafkaClusterTestKit.Builder clusterBuilder = new KafkaClusterTestKit.Builder(nodes);
            new LinkedHashMap<>(settings).forEach(clusterBuilder::setConfigProp);
            KafkaClusterTestKit cluster = null;
            try {
                cluster = clusterBuilder.build();
                cluster.format();
                cluster.startup();
                cluster.waitForReadyBrokers();
                return new InJvmKafkaBroker(cluster, directory);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                closeQuietly(cluster, e);
                WorkDirectories.deleteRecursively(directory);
                throw new IllegalStateException("In-JVM Kafka broker failed to start in " + directory + ": " + e, e);
            }
        }

        private static void closeQuietly(KafkaClusterTestKit cluster, Exception failure) {
            if (cluster == null) {
                return;
            }
            try {
                cluster.close();
            } catch (Exception closeFailure) {
                failure.addSuppressed(closeFailure);
            }
        }
    }
}
