package dev.streamt.runtime.kafka;

import dev.streamt.contracts.events.CloudEvent;
import java.util.Objects;

/**
 * What a consumer finds in a record of a streamt topic. Decoding never throws: a record that is not a valid event of a
 * known type still reaches the consumer, so it can be recorded and skipped instead of stopping the partition.
 */
public sealed interface InboundEvent {

    /** The id under which the idempotent consumer records this record as seen. */
    String inboxId();

    /** A valid CloudEvent of a type of the catalog, with its data bound to the type's record. */
    record Decoded(CloudEvent<?> event) implements InboundEvent {
        public Decoded {
            Objects.requireNonNull(event, "event");
        }

        @Override
        public String inboxId() {
            return event.id();
        }
    }

    /**
     * A well-formed CloudEvent of a type this version does not know (a newer producer). Skipped, never an error.
     */
    record UnknownType(String id, String type, String subject) implements InboundEvent {
        public UnknownType {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
        }

        @Override
        public String inboxId() {
            return id;
        }
    }

    /**
     * A record that is not a valid event (bad JSON, missing envelope fields, bad enum value). Its Kafka coordinates, once
     * known, stand in for the missing event id so it is recorded once.
     *
     * @param coordinates {@code topic/partition/offset}, or null before the consumer knows them
     */
    record Malformed(String topic, String reason, String excerpt, String coordinates) implements InboundEvent {
        public Malformed {
            Objects.requireNonNull(reason, "reason");
        }

        public Malformed(String topic, String reason, String excerpt) {
            this(topic, reason, excerpt, null);
        }

        /** The same record, located in its partition. */
        public Malformed at(String topic, int partition, long offset) {
            return new Malformed(topic, reason, excerpt, topic + "/" + partition + "/" + offset);
        }

        @Override
        public String inboxId() {
            return coordinates != null
                    ? "kafka:" + coordinates
                    : "malformed:" + Integer.toHexString(Objects.hash(topic, reason, excerpt));
        }
    }
}
