package dev.streamt.runtime.outbox;

import java.util.Objects;

/** An event recorded in the outbox and not yet acknowledged by the broker. */
record PendingEvent(long seq, String eventId, String topic, String key, String eventType, byte[] payload) {
    PendingEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(payload, "payload");
    }
}
