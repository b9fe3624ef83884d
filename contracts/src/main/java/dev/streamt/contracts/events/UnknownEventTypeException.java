package dev.streamt.contracts.events;

import dev.streamt.contracts.ContractViolationException;

/**
 * A CloudEvent whose {@code type} this contract does not know (a newer producer, or a foreign event on the topic).
 * Consumers usually skip such events: catch this, log {@link #type()} and commit.
 */
public class UnknownEventTypeException extends ContractViolationException {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final String eventId;
    private final String subject;

    /** An event of an unknown {@code type}. */
    public UnknownEventTypeException(String type) {
        this(type, null, null);
    }

    /** An event of an unknown {@code type}, with the envelope's id and subject as read (either may be null). */
    public UnknownEventTypeException(String type, String eventId, String subject) {
        super("$.type", "unknown event type '" + type + "'", null);
        this.type = type;
        this.eventId = eventId;
        this.subject = subject;
    }

    /** The envelope's id, so a consumer can record the event as seen; null when the envelope had none. */
    public String eventId() {
        return eventId;
    }

    /** The envelope's subject as read; null when absent. */
    public String subject() {
        return subject;
    }

    /** The unknown type string, as read. */
    public String type() {
        return type;
    }
}
