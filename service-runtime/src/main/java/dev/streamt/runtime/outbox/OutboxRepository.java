package dev.streamt.runtime.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The outbox table of the service's own schema. Every method runs in the caller's JTA transaction. */
@ApplicationScoped
class OutboxRepository {

    /** One relay at a time per schema: two pods sending concurrently could reorder the events of one key. */
    private static final long RELAY_LOCK = 0x5374726d744f7574L; // "StrmtOut"

    @Inject
    AgroalDataSource dataSource;

    void insert(String eventId, String topic, String key, String eventType, byte[] payload) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        INSERT INTO streamt_outbox (event_id, topic, record_key, event_type, payload)
                        VALUES (?, ?, ?, ?, ?)""")) {
            s.setString(1, eventId);
            s.setString(2, topic);
            s.setString(3, key);
            s.setString(4, eventType);
            s.setBytes(5, payload);
            s.executeUpdate();
        }
    }

    /** Takes the relay lock for the rest of the transaction; false when another relay holds it. */
    boolean tryLockRelay() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            s.setLong(1, RELAY_LOCK);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        }
    }

    /** The oldest unpublished events, in the order they were recorded. */
    List<PendingEvent> pending(int limit) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        SELECT seq, event_id, topic, record_key, event_type, payload FROM streamt_outbox
                        WHERE published_at IS NULL AND parked_at IS NULL ORDER BY seq LIMIT ?""")) {
            s.setInt(1, limit);
            List<PendingEvent> events = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    events.add(new PendingEvent(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getBytes(6)));
                }
            }
            return events;
        }
    }

    void markPublished(List<PendingEvent> events) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE streamt_outbox SET published_at = now() WHERE seq = ?")) {
            for (PendingEvent e : events) {
                s.setLong(1, e.seq());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Sets events aside for good: the broker refused them for a reason no retry can cure. */
    void markParked(List<Parked> events) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "UPDATE streamt_outbox SET parked_at = now(), park_reason = ? WHERE seq = ?")) {
            for (Parked p : events) {
                s.setString(1, p.reason());
                s.setLong(2, p.event().seq());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** An event and why it can never be delivered. */
    record Parked(PendingEvent event, String reason) {
    }

    long countParked() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM streamt_outbox WHERE parked_at IS NOT NULL");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    long countPending() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT count(*) FROM streamt_outbox WHERE published_at IS NULL AND parked_at IS NULL");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    int purgePublishedBefore(Instant cutoff) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "DELETE FROM streamt_outbox WHERE published_at IS NOT NULL AND published_at < ?")) {
            s.setTimestamp(1, Timestamp.from(cutoff));
            return s.executeUpdate();
        }
    }
}
