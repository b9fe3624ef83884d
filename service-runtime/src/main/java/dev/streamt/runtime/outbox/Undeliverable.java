package dev.streamt.runtime.outbox;

import java.util.Optional;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Tells a send failure that no retry can cure (the event itself is wrong for the broker: too large, unserializable, for
 * a topic name Kafka refuses) from one that a later attempt may get past (broker down, leader moving, a timeout).
 * Only the first kind parks an event; everything else is retried with backoff. Pure and thread-safe.
 */
final class Undeliverable {

    private Undeliverable() {
    }

    /** Why {@code failure} can never be cured by sending again, or empty when a retry may succeed. */
    static Optional<String> reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RecordTooLargeException || t instanceof RecordBatchTooLargeException) {
                return Optional.of("the event is too large for the producer or its topic (" + t.getMessage() + ")");
            }
            if (t instanceof InvalidRecordException) {
                return Optional.of("the broker refuses the record as invalid (" + t.getMessage() + ")");
            }
            if (t instanceof SerializationException) {
                return Optional.of("the record cannot be serialized (" + t.getMessage() + ")");
            }
            if (t instanceof InvalidTopicException) {
                return Optional.of("the topic name is not valid in Kafka (" + t.getMessage() + ")");
            }
        }
        return Optional.empty();
    }
}
