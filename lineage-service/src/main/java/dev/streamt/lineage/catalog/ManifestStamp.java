package dev.streamt.lineage.catalog;

import dev.streamt.lineage.status.Recency;
import java.time.Instant;
import java.util.Objects;

/**
 * When a manifest was made and which event brought it: decides whether an arriving manifest replaces the stored one.
 * The compile time comes first (a replay, or a late redelivery of an older manifest, never wins over a newer one),
 * then the event time and the event id, so the winner does not depend on the order events are processed in.
 */
public record ManifestStamp(String manifestId, Instant compiledAt, Instant eventTime, String eventId) {

    public ManifestStamp {
        Objects.requireNonNull(manifestId, "manifestId");
        Objects.requireNonNull(compiledAt, "compiledAt");
        Objects.requireNonNull(eventTime, "eventTime");
        Objects.requireNonNull(eventId, "eventId");
    }

    /** Whether a manifest with this stamp replaces one with {@code stored} (null: nothing stored yet). */
    public boolean supersedes(ManifestStamp stored) {
        return stored == null
                || Recency.supersedes(compiledAt, eventTime, eventId, stored.compiledAt, stored.eventTime, stored.eventId);
    }
}
