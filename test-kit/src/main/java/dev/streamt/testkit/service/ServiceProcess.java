package dev.streamt.testkit.service;

import dev.streamt.testkit.EmbeddedPostgresDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A packaged service ({@code target/quarkus-app/quarkus-run.jar}) running as its own JVM, as in production, against a
 * test broker and database: for tests of what survives a restart or a crash ({@link #kill()} is a SIGKILL, no shutdown
 * hooks). Start once, stop once; not thread-safe.
 */
public final class ServiceProcess implements AutoCloseable {

    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private final int port;
    private Process process;

    private ServiceProcess(List<String> command, Map<String, String> environment, Path log, int port) {
        this.command = command;
        this.environment = Map.copyOf(environment);
        this.log = log;
        this.port = port;
    }

    /**
     * Starts the service and waits until it is ready.
     *
     * @param moduleDir the service module (its {@code target/quarkus-app} must be built: failsafe runs after package)
     * @param extra     more system properties for the service
     */
    public static ServiceProcess start(Path moduleDir, String bootstrapServers, EmbeddedPostgresDatabase db,
            Map<String, String> extra) throws IOException, InterruptedException {
        return start(moduleDir, bootstrapServers, db, extra, Map.of());
    }

    /**
     * Starts the service with more environment variables (like the ones {@code ${VAR}} placeholders name) and waits
     * until it is ready.
     */
    public static ServiceProcess start(Path moduleDir, String bootstrapServers, EmbeddedPostgresDatabase db,
            Map<String, String> extra, Map<String, String> environment) throws IOException, InterruptedException {
        return start(moduleDir, bootstrapServers, db, extra, environment, List.of("-Xmx512m"));
    }

    /**
     * Starts the service with JVM options of the caller's (heap, GC, JIT; the default is {@code -Xmx512m}) and waits
     * until it is ready. The process gets a stable {@code streamt.service.instance-id}, so that a {@link #restart()}
     * takes over its consumers' partitions at once, as a restarted pod does.
     */
    public static ServiceProcess start(Path moduleDir, String bootstrapServers, EmbeddedPostgresDatabase db,
            Map<String, String> extra, Map<String, String> environment, List<String> jvmOptions)
            throws IOException, InterruptedException {
        Path app = moduleDir.resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(app)) {
            throw new IllegalStateException(app + " is missing: package the service before running this test");
        }
        Path work = Files.createDirectories(moduleDir.resolve("target/service-process"));
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Djava.io.tmpdir=" + work.toAbsolutePath(),
                "-Dquarkus.http.port=" + port,
                "-Dstreamt.service.instance-id=" + moduleDir.toAbsolutePath().getFileName() + "-" + port,
                "-Dkafka.bootstrap.servers=" + bootstrapServers,
                "-Dquarkus.datasource.jdbc.url=" + db.jdbcUrl(),
                "-Dquarkus.datasource.username=" + db.username(),
                "-Dquarkus.datasource.password=" + db.password()));
        extra.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", app.toAbsolutePath().toString()));
        ServiceProcess service = new ServiceProcess(command, environment, work.resolve("service-" + port + ".log"), port);
        service.startProcess();
        return service;
    }

    /** The service's log file (stdout and stderr of every run). */
    public Path log() {
        return log;
    }

    /** The service's base URL, e.g. {@code http://localhost:41234}. */
    /** The process id of the running service (for jcmd and the like). */
    public long pid() {
        return process.pid();
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Kills the JVM without a chance to clean up, as a crash or an OOM kill would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Starts the same service again (same port, database and broker) and waits until it is ready. */
    public void restart() throws IOException, InterruptedException {
        if (process.isAlive()) {
            kill();
        }
        startProcess();
    }

    private void startProcess() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        awaitReady(Duration.ofSeconds(90));
    }

    private void awaitReady(Duration patience) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + "; log: " + log);
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the service was not ready within " + patience + "; log: " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
