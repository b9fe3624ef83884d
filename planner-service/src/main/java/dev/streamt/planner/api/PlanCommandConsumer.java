package dev.streamt.planner.api;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.payload.PlanRequested;
import dev.streamt.planner.app.PlanFailure;
import dev.streamt.planner.app.PlanningService;
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
 * {@code streamt.plan.commands} in: each {@code PlanRequested} planned once, answered on
 * {@code streamt.changeset.events} with {@code ChangeSetPlanned} or, when it cannot be planned, {@code PlanFailed}
 * with the reason; both carry the command's correlation id and are caused by it.
 */
@ApplicationScoped
public class PlanCommandConsumer {

    static final String CONSUMER = "plan-commands";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    PlanningService planning;

    @Incoming("plan-commands")
    @Blocking
    CompletionStage<Void> onRecord(Message<InboundEvent> message) {
        return consumer.consume(CONSUMER, message, this::handle);
    }

    HandlerOutcome handle(CloudEvent<?> event) {
        if (event.type() != EventType.PLAN_REQUESTED) {
            return HandlerOutcome.IGNORED;
        }
        try {
            planning.plan(event.dataAs(PlanRequested.class), event.correlationid(), event);
        } catch (PlanFailure failure) {
            planning.publishFailure(failure, event.subject(), event.correlationid(), event);
        }
        return HandlerOutcome.PROCESSED;
    }
}
