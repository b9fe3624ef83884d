package dev.streamt.lineage.status;

import java.time.Instant;
import java.util.Objects;

/** The last outcome of one test ({@code passed|failed|error|skipped}) as the test events told it. */
public record TestState(String test, String runId, String status, String error, Instant at, Instant eventTime,
        String eventId) {

    public TestState {
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(eventTime, "eventTime");
        Objects.requireNonNull(eventId, "eventId");
    }

    /** Whether this state is newer than {@code other} (and should replace it). */
    public boolean supersedes(TestState other) {
        return Recency.supersedes(at, eventTime, eventId, other.at, other.eventTime, other.eventId);
    }
}
