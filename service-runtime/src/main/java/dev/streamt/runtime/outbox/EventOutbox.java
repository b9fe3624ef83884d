package dev.streamt.runtime.outbox;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.json.StreamtJson;
import dev.streamt.runtime.tx.AfterCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.SQLException;

/**
 * Publish-after-commit. A service records the events a state change causes in the same database transaction as the
 * change; they reach Kafka only after that transaction commits, and are retried until the broker has them. A crash
 * between the commit and the send loses nothing (the relay finds the row on restart) and a rolled-back change publishes
 * nothing. Events of one {@code <project>/<env>} key are sent in the order they were recorded.
 *
 * <p>Thread-safe; must be called inside a transaction.
 */
@ApplicationScoped
public class EventOutbox {

    private static final Object WAKE_UP_REGISTERED = new Object();

    @Inject
    OutboxRepository repository;

    @Inject
    OutboxRelay relay;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Records the event for publication to its type's topic, keyed by its subject, once the transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(CloudEvent<?> event) {
        try {
            repository.insert(event.id(), event.topic().topicName(), event.key(), event.type().type(),
                    StreamtJson.writeEvent(event));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record event " + event.id() + " in the outbox", e);
        }
        wakeRelayAfterCommit();
    }

    private void wakeRelayAfterCommit() {
        AfterCommit.once(transactions, WAKE_UP_REGISTERED, relay::wakeUp);
    }
}
