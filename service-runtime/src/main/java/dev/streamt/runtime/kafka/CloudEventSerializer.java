package dev.streamt.runtime.kafka;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.json.StreamtJson;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serializer of streamt events in CloudEvents 1.0 structured JSON mode: the whole envelope is the record value and
 * the {@code content-type} header says so. Stateless and thread-safe.
 */
public final class CloudEventSerializer implements Serializer<CloudEvent<?>> {

    /** The content type of a structured-mode CloudEvent, per the CloudEvents Kafka protocol binding. */
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    private static final byte[] CONTENT_TYPE_BYTES = CONTENT_TYPE.getBytes(StandardCharsets.UTF_8);

    @Override
    public byte[] serialize(String topic, CloudEvent<?> event) {
        return event == null ? null : StreamtJson.writeEvent(event);
    }

    @Override
    public byte[] serialize(String topic, Headers headers, CloudEvent<?> event) {
        if (event != null && headers != null) {
            headers.remove("content-type");
            headers.add("content-type", CONTENT_TYPE_BYTES);
        }
        return serialize(topic, event);
    }
}
