package dev.streamt.testkit.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL of the local stack ({@code deploy/local/stack}): real PostgreSQL 17 from the binaries zonky ships as
 * Maven artifacts (nothing to install, works as root), on a fixed port, with a data directory that survives restarts.
 *
 * <p>Usage: {@code LocalPostgres <directory> <port> <log-file> <database> <user> <password>}. Extracts the binaries
 * into {@code <directory>/binaries} (once), runs {@code initdb} into {@code <directory>/data} if it holds no cluster
 * yet, starts the server ({@code pg_ctl start}, TCP on localhost only), creates the login role and the database it
 * owns if missing, prints the server's process id and exits, leaving the server running in the background. Stop the
 * server with SIGINT (fast shutdown) to the process id in {@code <directory>/data/postmaster.pid}.
 */
public final class LocalPostgres {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private LocalPostgres() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("Usage: LocalPostgres <directory> <port> <log-file> <database> <user> <password>");
            System.exit(2);
        }
        Path directory = Files.createDirectories(Path.of(args[0]).toAbsolutePath().normalize());
        int port = Integer.parseInt(args[1]);
        Path logFile = Path.of(args[2]).toAbsolutePath();
        String database = identifier(args[3]);
        String user = identifier(args[4]);
        String password = args[5];

        Path data = directory.resolve("data");
        if (Files.isDirectory(data) && !Files.exists(data.resolve("postgresql.conf"))) {
            // An initdb that was interrupted leaves a directory initdb refuses to reuse.
            deleteRecursively(data);
        }
        Path binaries = Files.createDirectories(directory.resolve("binaries"));
        deleteIncompleteExtractions(binaries);
        Files.createDirectories(logFile.getParent());
        ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(logFile.toFile());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(binaries.toFile())
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(90))
                // TCP on localhost only: no Unix socket directory that may not exist or be writable.
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("unix_socket_directories", "''")
                // Five services with a connection pool each.
                .setServerConfig("max_connections", "200")
                .setOutputRedirector(toLog)
                .setErrorRedirector(toLog)
                .start();

        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", user)) {
                statement.execute("CREATE ROLE \"" + user + "\" LOGIN PASSWORD '" + password.replace("'", "''") + "'");
                System.out.println("Created role " + user);
            }
            if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                statement.execute("CREATE DATABASE \"" + database + "\" OWNER \"" + user + "\"");
                System.out.println("Created database " + database);
            }
        }
        String pid = Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim();
        System.out.println("PostgreSQL " + postgres.getJdbcUrl(user, database) + " runs as process " + pid);
        System.out.println("postmaster.pid=" + pid);
        System.out.flush();
        // Skip zonky's shutdown hook, which would stop the server: it must outlive this launcher.
        Runtime.getRuntime().halt(0);
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String identifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a lower-case SQL identifier: '" + name + "'");
        }
        return name;
    }

    /** zonky marks a complete extraction with {@code .exists}; a launcher killed while extracting leaves none. */
    private static void deleteIncompleteExtractions(Path binaries) throws IOException {
        try (Stream<Path> children = Files.list(binaries)) {
            for (Path child : children.toList()) {
                if (Files.isDirectory(child) && child.getFileName().toString().startsWith("PG-")
                        && !Files.exists(child.resolve(".exists"))) {
                    deleteRecursively(child);
                }
            }
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
