package dev.streamt.contracts.events;

/**
 * Whether a message is a {@link #COMMAND} (a request to a service, which may refuse it with a rejected or failed event)
 * or an {@link #EVENT} (a fact that happened).
 */
public enum MessageKind {
    COMMAND,
    EVENT
}
