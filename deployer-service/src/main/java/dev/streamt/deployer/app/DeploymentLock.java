package dev.streamt.deployer.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The right to run one deployment: a PostgreSQL session-level advisory lock held on a connection of its own (not from
 * the pool, so the lock can never outlive its holder inside a pooled session). If the process dies, the database ends
 * the session and the lock is free for another pod. Not thread-safe: one holder, one thread.
 */
final class DeploymentLock implements AutoCloseable {

    private static final String NAMESPACE = "streamt-deployer-run";

    private final Connection connection;

    private DeploymentLock(Connection connection) {
        this.connection = connection;
    }

    /** Takes the lock of the deployment, or returns null when someone else holds it. */
    static DeploymentLock tryAcquire(String jdbcUrl, String user, String password, String deploymentId)
            throws SQLException {
        Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT pg_try_advisory_lock(hashtext(?), hashtext(?))")) {
            s.setString(1, NAMESPACE);
            s.setString(2, deploymentId);
            try (ResultSet r = s.executeQuery()) {
                if (r.next() && r.getBoolean(1)) {
                    return new DeploymentLock(connection);
                }
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        connection.close();
        return null;
    }

    /** Whether the session that holds the lock is still alive (a lost session means the lock is lost too). */
    boolean stillHeld() {
        try (Statement s = connection.createStatement()) {
            s.execute("SELECT 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Ends the session, which releases the lock. */
    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // The session is gone either way, and its lock with it.
        }
    }
}
