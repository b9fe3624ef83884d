package dev.streamt.runtime.inbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The inbox table of the service's own schema: one row per (consumer, event id) ever seen. Every method runs in the
 * caller's JTA transaction (Agroal enlists the connection).
 */
@ApplicationScoped
class InboxRepository {

    private static final int MAX_DETAIL_CHARS = 4000;

    @Inject
    AgroalDataSource dataSource;

    /**
     * Claims the event for this consumer. A concurrent claim of the same event by another pod waits on the primary key
     * until this transaction ends, then finds the row: the event is handled once.
     *
     * @return true when this is the first time the consumer sees the event
     */
    boolean claim(String consumer, String eventId, String eventType, String subject) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        INSERT INTO streamt_inbox (consumer, event_id, event_type, subject, outcome)
                        VALUES (?, ?, ?, ?, 'claimed')
                        ON CONFLICT (consumer, event_id) DO NOTHING""")) {
            s.setString(1, consumer);
            s.setString(2, eventId);
            s.setString(3, eventType);
            s.setString(4, subject);
            return s.executeUpdate() == 1;
        }
    }

    /** Records how handling ended (inserting the row when it was never claimed, e.g. after a rolled-back attempt). */
    void record(String consumer, String eventId, String eventType, String subject, HandlerOutcome outcome, String detail)
            throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        INSERT INTO streamt_inbox (consumer, event_id, event_type, subject, outcome, detail)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (consumer, event_id) DO UPDATE
                        SET outcome = EXCLUDED.outcome, detail = EXCLUDED.detail, processed_at = now()""")) {
            s.setString(1, consumer);
            s.setString(2, eventId);
            s.setString(3, eventType);
            s.setString(4, subject);
            s.setString(5, outcome.wireName());
            s.setString(6, detail == null || detail.length() <= MAX_DETAIL_CHARS ? detail : detail.substring(0, MAX_DETAIL_CHARS));
            s.executeUpdate();
        }
    }
}
