package dev.streamt.testkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A real KRaft Kafka broker ({@code kafka.Kafka}, combined broker and controller) running in a separate JVM, for
 * multi-JVM setups such as a local stack or end-to-end tests where the broker must outlive or be shared by other
 * processes.
 *
 * <p>The child uses the same {@code java} binary ({@code java.home}) and this JVM's classpath
 * ({@code java.class.path}, passed through a Java argument file), and runs {@link KafkaProcessMain}, which formats
 * the storage like {@code kafka-storage.sh format --standalone} and then starts {@code kafka.Kafka}. The broker and
 * controller listeners get free ports picked at start (retried with new ports if one was taken meanwhile). Its
 * {@code server.properties}, data, temporary files and log ({@code broker.log}: standard output and error of the
 * child) are under a fresh directory in {@code target/streamt-test-kit/}.
 *
 * <p>If the broker does not answer an Admin {@code describeCluster} within the startup timeout (default 60 s), or
 * the process exits, {@code start()} kills it and throws an {@link IllegalStateException} naming the address and the
 * log file and quoting the log's last lines; the directory is kept for inspection. The child also exits by itself
 * when this JVM exits, and a shutdown hook kills it, so no broker outlives the test run.
 *
 * <p>Lifecycle: start once, {@link #close()} once (idempotent): stops the process (SIGTERM, then SIGKILL after
 * 10 s) and its descendants, waits for them and deletes the directory. Thread-safe after start.
 */
public final class ChildProcessKafkaBroker implements KafkaBroker {

    /** Settings the kit derives from the ports and directory it picks; they cannot be overridden. */
    private static final Set<String> MANAGED_KEYS = Set.of(
            "process.roles", "node.id", "listeners", "advertised.listeners", "listener.security.protocol.map",
            "inter.broker.listener.name", "controller.listener.names", "controller.quorum.bootstrap.servers",
            "controller.quorum.voters", "log.dirs", "metadata.log.dir");

    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final Process process;
    private final String bootstrapServers;
    private final Path workDirectory;
    private final Path logFile;
    private final Thread killOnExit;
    private boolean closed;

    private ChildProcessKafkaBroker(KafkaProcessLauncher.Started started, Path workDirectory) {
        this.process = started.process();
        this.bootstrapServers = started.bootstrapServers();
        this.workDirectory = workDirectory;
        this.logFile = started.logFile();
        this.killOnExit = new Thread(() -> KafkaProcessLauncher.ProcessTrees.stop(process, Duration.ZERO),
                "kill-kafka-process-" + process.pid());
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /** Starts a broker process with the kit's defaults. */
    public static ChildProcessKafkaBroker start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    static Map<String, String> managedSettings(int brokerPort, int controllerPort, Path dataDirectory) {
        Map<String, String> managed = new LinkedHashMap<>();
        managed.put("process.roles", "broker,controller");
        managed.put("node.id", "1");
        managed.put("listeners", "PLAINTEXT://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort);
        managed.put("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort);
        managed.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        managed.put("inter.broker.listener.name", "PLAINTEXT");
        managed.put("controller.listener.names", "CONTROLLER");
        // A dynamic quorum with this node as its only voter, as "kafka-storage.sh format --standalone" expects.
        managed.put("controller.quorum.bootstrap.servers", "localhost:" + controllerPort);
        managed.put("log.dirs", dataDirectory.toString());
        return managed;
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The process id of the broker JVM. */
    public long pid() {
        return process.pid();
    }

    /** Whether the broker JVM is still running. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** The handle of the broker JVM, e.g. to check that it is gone after {@link #close()}. */
    public ProcessHandle processHandle() {
        return process.toHandle();
    }

    /** The child's standard output and error, where the broker logs. */
    public Path logFile() {
        return logFile;
    }

    /** The directory holding {@code server.properties}, the data, temporary files and the log. */
    public Path workDirectory() {
        return workDirectory;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        KafkaProcessLauncher.ProcessTrees.stop(process, STOP_GRACE);
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException shuttingDown) {
            // Called from another shutdown hook: ours runs anyway and finds the process gone.
        }
        WorkDirectories.deleteRecursively(workDirectory);
    }

    @Override
    public String toString() {
        return "ChildProcessKafkaBroker[" + bootstrapServers + ", pid " + process.pid() + "]";
    }

    /** Configures a {@link ChildProcessKafkaBroker} before it starts. Not thread-safe; use from one thread. */
    public static final class Builder {
        private final Map<String, String> settings = BrokerDefaults.settings();
        private Path workDirectory;
        private Duration startupTimeout = Duration.ofSeconds(60);
        private List<String> jvmOptions = List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC");

        private Builder() {
        }

        /**
         * Sets or overrides one broker setting. Listener, quorum, node and directory settings are managed by the kit
         * and rejected.
         */
        public Builder config(String key, String value) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            if (MANAGED_KEYS.contains(key)) {
                throw new IllegalArgumentException("Broker setting " + key + " is managed by the test kit; managed: " + MANAGED_KEYS);
            }
            settings.put(key, value);
            return this;
        }

        /** Sets or overrides several broker settings. */
        public Builder configs(Map<String, String> overrides) {
            overrides.forEach(this::config);
            return this;
        }

        /** Uses this directory instead of a fresh one under {@code target/streamt-test-kit/}; deleted on close. */
        public Builder workDirectory(Path directory) {
            this.workDirectory = directory;
            return this;
        }

        /** How long to wait for the broker to answer before giving up (default 60 s). */
        public Builder startupTimeout(Duration timeout) {
            this.startupTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** Options for the child JVM, replacing the default {@code -Xms64m -Xmx512m -XX:+UseSerialGC}. */
        public Builder jvmOptions(List<String> options) {
            this.jvmOptions = List.copyOf(options);
            return this;
        }

        /** Starts the child JVM and returns once the broker answers. */
        public ChildProcessKafkaBroker start() {
            Path directory = workDirectory == null
                    ? WorkDirectories.createUnique("kafka-process-")
                    : WorkDirectories.ensure(workDirectory);
            KafkaProcessLauncher launcher = new KafkaProcessLauncher(Map.copyOf(settings), directory, startupTimeout, jvmOptions);
            return new ChildProcessKafkaBroker(launcher.launch(), directory);
        }
    }
}
