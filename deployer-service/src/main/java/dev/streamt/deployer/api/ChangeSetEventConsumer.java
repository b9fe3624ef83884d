package dev.streamt.deployer.api;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.payload.ChangeSetPlanned;
import dev.streamt.deployer.store.ChangeSetStore;
import dev.streamt.runtime.inbox.DeferredCommands;
import dev.streamt.runtime.inbox.HandlerOutcome;
import dev.streamt.runtime.inbox.IdempotentConsumer;
import dev.streamt.runtime.kafka.InboundEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * {@code streamt.changeset.events} in: every planned change set is kept, so an apply reads it from the deployer's own
 * store and never calls the planner. Other events of the topic (plan failed, drift) are not the deployer's business.
 */
@ApplicationScoped
public class ChangeSetEventConsumer {

    static final String CONSUMER = "changeset-events";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    ChangeSetStore changeSets;

    @Inject
    DeferredCommands deferred;

    @Incoming("changeset-events")
    @Blocking
    CompletionStage<Void> onRecord(Message<InboundEvent> message) {
        return consumer.consume(CONSUMER, message, this::handle);
    }

    HandlerOutcome handle(CloudEvent<?> event) {
        if (event.type() != EventType.CHANGESET_PLANNED) {
            return HandlerOutcome.IGNORED;
        }
        changeSets.keep(event.dataAs(ChangeSetPlanned.class).changeSet(), event.correlationid());
        deferred.arrived();
        return HandlerOutcome.PROCESSED;
    }
}
