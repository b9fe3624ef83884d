package dev.streamt.contracts.events;

import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A command or event as it travels on a streamt topic: a CloudEvents 1.0 envelope in structured JSON mode. Carries the
 * {@code type} (an {@link EventType}), the emitting {@code source} (like {@code /streamt/compiler-service}), the
 * {@code subject} {@code <project>/<env>} (also the Kafka key), the {@code time} it happened, the extension attributes
 * {@code correlationid} (one id from the compile request through plan, apply and tests) and {@code causationid} (the
 * id of the message that caused this one; {@code null} for a first message), and the typed {@code data}, whose class
 * is {@link EventType#dataClass()}.
 *
 * @param <T> the payload record
 */
public record CloudEvent<T>(
        String specversion,
        String id,
        String source,
        EventType type,
        Subject subject,
        Instant time,
        String datacontenttype,
        String correlationid,
        @Nullable String causationid,
        T data) {

    /** The only CloudEvents spec version written and accepted. */
    public static final String SPEC_VERSION = "1.0";

    /** The content type of {@code data}. */
    public static final String JSON = "application/json";

    public CloudEvent {
        Require.nonNull(specversion, "specversion");
        if (!specversion.equals(SPEC_VERSION)) {
            throw new IllegalArgumentException("specversion must be '" + SPEC_VERSION + "', got '" + specversion + "'");
        }
        Require.nonBlank(id, "id");
        Require.nonBlank(source, "source");
        Require.nonNull(type, "type");
        Require.nonNull(subject, "subject");
        Require.nonNull(time, "time");
        datacontenttype = datacontenttype == null ? JSON : datacontenttype;
        if (!datacontenttype.equals(JSON) && !datacontenttype.startsWith(JSON + ";")) {
            throw new IllegalArgumentException("datacontenttype must be '" + JSON + "', got '" + datacontenttype + "'");
        }
        Require.nonBlank(correlationid, "correlationid");
        Require.nullOrNonBlank(causationid, "causationid");
        Require.nonNull(data, "data");
        if (!type.dataClass().isInstance(data)) {
            throw new IllegalArgumentException("data of " + type + " must be a " + type.dataClass().getSimpleName()
                    + ", got " + data.getClass().getSimpleName());
        }
    }

    /**
     * A new message with a random id, the current time (millisecond precision) and JSON content.
     *
     * @param correlationId the correlation id; for a first message, {@link #newId()}
     * @param causationId   the id of the message that caused this one, or {@code null}
     */
    public static <T> CloudEvent<T> create(EventType type, String source, Subject subject, String correlationId,
            String causationId, T data) {
        return new CloudEvent<>(SPEC_VERSION, newId(), source, type, subject, now(), JSON, correlationId, causationId,
                data);
    }

    /** A first message: a new correlation id, no cause. */
    public static <T> CloudEvent<T> initial(EventType type, String source, Subject subject, T data) {
        return create(type, source, subject, newId(), null, data);
    }

    /**
     * A message caused by {@code cause}: same subject and correlation id, causation id = the cause's id.
     */
    public static <R> CloudEvent<R> causedBy(CloudEvent<?> cause, EventType type, String source, R data) {
        return create(type, source, cause.subject(), cause.correlationid(), cause.id(), data);
    }

    /** A message caused by this one, about the same subject (see {@link #causedBy}). */
    public <R> CloudEvent<R> followUp(EventType followUpType, String followUpSource, R followUpData) {
        return causedBy(this, followUpType, followUpSource, followUpData);
    }

    /** The data as the expected payload class. */
    public <R> R dataAs(Class<R> expected) {
        if (!expected.isInstance(data)) {
            throw new IllegalArgumentException("data of " + type + " is a " + data.getClass().getSimpleName()
                    + ", not a " + expected.getSimpleName());
        }
        return expected.cast(data);
    }

    /** The Kafka record key of this message: the subject's {@code <project>/<env>}. */
    public String key() {
        return subject.value();
    }

    /** The topic this message is published on. */
    public StreamtTopic topic() {
        return type.topic();
    }

    /** A new random message id (a UUID). */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
