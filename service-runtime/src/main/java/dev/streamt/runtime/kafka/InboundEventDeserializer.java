package dev.streamt.runtime.kafka;

import dev.streamt.contracts.json.StreamtJson;
import dev.streamt.contracts.events.UnknownEventTypeException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka deserializer of streamt events (CloudEvents 1.0, structured JSON mode). It never throws: a Kafka consumer whose
 * deserializer throws cannot move past the record, so an invalid record becomes {@link InboundEvent.Malformed} and the
 * consumer decides. Stateless and thread-safe.
 */
public final class InboundEventDeserializer implements Deserializer<InboundEvent> {

    private static final int EXCERPT_CHARS = 200;

    @Override
    public InboundEvent deserialize(String topic, byte[] data) {
        if (data == null || data.length == 0) {
            return new InboundEvent.Malformed(topic, "empty record (tombstone or null value)", "");
        }
        try {
            return new InboundEvent.Decoded(StreamtJson.readEvent(data));
        } catch (UnknownEventTypeException e) {
            if (e.eventId() == null || e.eventId().isBlank()) {
                return new InboundEvent.Malformed(topic, e.getMessage() + " and no id", excerpt(data));
            }
            return new InboundEvent.UnknownType(e.eventId(), e.type(), e.subject());
        } catch (RuntimeException e) {
            // ContractViolationException mostly; anything else a broken record provokes must not stop the consumer either.
            return new InboundEvent.Malformed(topic, String.valueOf(e.getMessage()), excerpt(data));
        }
    }

    private static String excerpt(byte[] data) {
        String text = new String(data, 0, Math.min(data.length, EXCERPT_CHARS * 4), StandardCharsets.UTF_8);
        return text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS) + "…";
    }
}
