package dev.streamt.lineage.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * The columns every last-outcome row shares (an artifact's deployment, a test's run): what happened, when, and the
 * event that said so — the latter two decide which of two facts is newer.
 */
@MappedSuperclass
public abstract class StatusOutcome extends PanacheEntityBase {

    @Column(name = "status", nullable = false)
    public String status;

    @Column(name = "error")
    public String error;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "event_time", nullable = false)
    public Instant eventTime;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    /** Records an outcome over the previous one. */
    void record(String newStatus, String newError, Instant at, Instant newEventTime, String newEventId) {
        status = newStatus;
        error = newError;
        occurredAt = at;
        eventTime = newEventTime;
        eventId = newEventId;
    }
}
