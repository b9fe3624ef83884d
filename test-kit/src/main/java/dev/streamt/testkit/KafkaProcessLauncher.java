package dev.streamt.testkit;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@link KafkaProcessMain} in a child JVM and waits until the broker answers; used by
 * {@link ChildProcessKafkaBroker}. One instance per start; not thread-safe.
 */
final class KafkaProcessLauncher {

    /** A start attempt whose ports were taken between picking and binding is retried with new ports. */
    private static final int ATTEMPTS = 3;
    private static final int LOG_TAIL_LINES = 40;

    private final Map<String, String> settings;
    private final Path workDirectory;
    private final Duration startupTimeout;
    private final List<String> jvmOptions;

    KafkaProcessLauncher(Map<String, String> settings, Path workDirectory, Duration startupTimeout, List<String> jvmOptions) {
        this.settings = settings;
        this.workDirectory = workDirectory;
        this.startupTimeout = startupTimeout;
        this.jvmOptions = jvmOptions;
    }

    /** A child JVM whose broker answered. */
    record Started(Process process, String bootstrapServers, Path logFile) {
    }

    Started launch() {
        for (int attempt = 1; ; attempt++) {
            int[] ports = FreePorts.pick(2);
            Path logFile = workDirectory.resolve("broker.log");
            Process process = startProcess(ports[0], ports[1], logFile);
            String bootstrapServers = "localhost:" + ports[0];
            try {
                ReadinessProbe.awaitReady(process, ports[0], startupTimeout);
                return new Started(process, bootstrapServers, logFile);
            } catch (ReadinessProbe.NotReadyException e) {
                ProcessTrees.stop(process, Duration.ZERO);
                if (attempt < ATTEMPTS && LogTail.saysAddressInUse(logFile)) {
                    continue;
                }
                throw new IllegalStateException(e.getMessage().replace("{broker}", bootstrapServers)
                        + "; log file: " + logFile + "; last log lines:\n" + LogTail.of(logFile, LOG_TAIL_LINES));
            } catch (RuntimeException | Error e) {
                ProcessTrees.stop(process, Duration.ZERO);
                throw e;
            }
        }
    }

    private Process startProcess(int brokerPort, int controllerPort, Path logFile) {
        Path dataDirectory = workDirectory.resolve("data");
        // A retried attempt must not find storage formatted for the previous attempt's controller port.
        WorkDirectories.deleteRecursively(dataDirectory);
        Path tmpDirectory = WorkDirectories.ensure(workDirectory.resolve("tmp"));
        Path serverProperties = workDirectory.resolve("server.properties");
        writeServerProperties(serverProperties, brokerPort, controllerPort, dataDirectory);
        Path argFile = workDirectory.resolve("jvm.args");
        writeArgFile(argFile, tmpDirectory, serverProperties);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try {
            return new ProcessBuilder(java, "@" + argFile)
                    .directory(workDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the Kafka broker JVM " + java, e);
        }
    }

    private void writeServerProperties(Path file, int brokerPort, int controllerPort, Path dataDirectory) {
        Properties server = new Properties();
        server.putAll(settings);
        server.putAll(ChildProcessKafkaBroker.managedSettings(brokerPort, controllerPort, dataDirectory));
        try (OutputStream out = Files.newOutputStream(file)) {
            server.store(out, "Written by the streamt test kit for a single-node KRaft broker (combined mode)");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    /**
     * The child's command line goes into a Java argument file: a test classpath can be longer than the operating
     * system allows for a single argument.
     */
    private void writeArgFile(Path file, Path tmpDirectory, Path serverProperties) {
        String classpath = System.getProperty("java.class.path", "");
        if (classpath.isBlank()) {
            throw new IllegalStateException("java.class.path is empty; the Kafka child JVM needs this JVM's classpath");
        }
        List<String> args = new ArrayList<>(jvmOptions);
        args.add("-Djava.io.tmpdir=" + tmpDirectory);
        args.add("-Djava.awt.headless=true");
        if (ClassLoader.getSystemResource("org/jboss/logmanager/LogManager.class") != null) {
            // Route java.util.logging (and SLF4J through it) to the JBoss log manager the classpath brings.
            args.add("-Djava.util.logging.manager=org.jboss.logmanager.LogManager");
        }
        args.add("-cp");
        args.add(absoluteClasspath(classpath));
        args.add(KafkaProcessMain.class.getName());
        args.add(Long.toString(ProcessHandle.current().pid()));
        args.add(serverProperties.toString());
        StringBuilder content = new StringBuilder();
        for (String arg : args) {
            content.append('"').append(arg.replace("\\", "\\\\").replace("\"", "\\\"")).append('"').append('\n');
        }
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    /** The child runs in its own directory, so relative classpath entries must be resolved against ours. */
    private static String absoluteClasspath(String classpath) {
        List<String> entries = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry).toAbsolutePath().toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** Stops a process tree: politely first, then forcibly. */
    static final class ProcessTrees {
        private ProcessTrees() {
        }

        static void stop(Process process, Duration grace) {
            List<ProcessHandle> descendants = process.descendants().toList();
            try {
                process.destroy();
                if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            } finally {
                descendants.forEach(ProcessHandle::destroyForcibly);
            }
        }
    }
}
