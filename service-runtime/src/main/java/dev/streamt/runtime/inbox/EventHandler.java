package dev.streamt.runtime.inbox;

import dev.streamt.contracts.events.CloudEvent;

/**
 * What a service does with one event. Called inside the transaction that records the event as processed, so every write
 * it makes to the service's database (and every event it publishes through the outbox) commits or rolls back with that
 * record. Must not call external systems it cannot undo before the transaction commits.
 */
@FunctionalInterface
public interface EventHandler {

    /**
     * Handles the event.
     *
     * @return {@link HandlerOutcome#IGNORED} for a type this consumer does not handle, else {@link HandlerOutcome#PROCESSED}
     * @throws Exception when handling failed; the transaction rolls back and the event is retried
     */
    HandlerOutcome handle(CloudEvent<?> event) throws Exception;
}
