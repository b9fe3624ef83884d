package dev.streamt.deployer.api;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.payload.ApplyRequested;
import dev.streamt.deployer.app.ApplyService;
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
 * {@code streamt.apply.commands} in: each {@code ApplyRequested} is decided once (whatever Kafka redelivers); the
 * deployment's events carry the command's correlation id and the command as their cause. A refusal is a
 * {@code DeploymentRejected} event, never a failed record.
 */
@ApplicationScoped
public class ApplyCommandConsumer {

    static final String CONSUMER = "apply-commands";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    ApplyService applies;

    @Incoming("apply-commands")
    @Blocking
    CompletionStage<Void> onRecord(Message<InboundEvent> message) {
        return consumer.consume(CONSUMER, message, this::handle);
    }

    HandlerOutcome handle(CloudEvent<?> event) {
        if (event.type() != EventType.APPLY_REQUESTED) {
            return HandlerOutcome.IGNORED;
        }
        applies.apply(event.dataAs(ApplyRequested.class), event.correlationid(), event);
        return HandlerOutcome.PROCESSED;
    }
}
