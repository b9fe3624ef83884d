package dev.streamt.lineage.status;

import java.time.Instant;

/**
 * Which of two facts about the same thing is newer. A total order (time of the fact, then time of the event, then event
 * id), so processing the same events in any order, once or again in a replay, keeps the same winner.
 */
public final class Recency {

    private Recency() {
    }

    public static boolean supersedes(Instant at, Instant eventTime, String eventId,
            Instant otherAt, Instant otherEventTime, String otherEventId) {
        int byAt = at.compareTo(otherAt);
        if (byAt != 0) {
            return byAt > 0;
        }
        int byEvent = eventTime.compareTo(otherEventTime);
        if (byEvent != 0) {
            return byEvent > 0;
        }
        return eventId.compareTo(otherEventId) > 0;
    }
}
