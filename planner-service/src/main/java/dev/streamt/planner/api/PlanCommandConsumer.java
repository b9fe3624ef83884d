package dev.streamt.planner.api;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.payload.PlanRequested;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.planner.app.PlanFailure;
import dev.streamt.planner.app.PlanWorkers;
import dev.streamt.planner.app.PlannerConfig;
import dev.streamt.planner.app.PlanningService;
import dev.streamt.planner.core.Owner;
import dev.streamt.runtime.inbox.DeferredCommands;
import dev.streamt.runtime.inbox.HandlerOutcome;
import dev.streamt.runtime.inbox.IdempotentConsumer;
import dev.streamt.runtime.kafka.InboundEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * {@code streamt.plan.commands} in: each {@code PlanRequested} queued once for its project/environment and planned off
 * this thread ({@link PlanWorkers}), answered on {@code streamt.changeset.events} with {@code ChangeSetPlanned} or,
 * when it cannot be planned, {@code PlanFailed} with the reason; both carry the command's correlation id and are
 * caused by it. A command naming a manifest not received yet is deferred ({@link DeferredCommands}) until it arrives
 * or {@code streamt.planner.manifest-wait.command} is over, so it never holds up the commands behind it.
 */
@ApplicationScoped
public class PlanCommandConsumer {

    static final String CONSUMER = "plan-commands";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    PlanningService planning;

    @Inject
    PlanWorkers workers;

    @Inject
    DeferredCommands deferred;

    @Inject
    PlannerConfig config;

    void registerDeferred(@Observes StartupEvent event) {
        deferred.register(CONSUMER, this::handle);
    }

    @Incoming("plan-commands")
    @Blocking
    CompletionStage<Void> onRecord(Message<InboundEvent> message) {
        return consumer.consume(CONSUMER, message, this::handle);
    }

    HandlerOutcome handle(CloudEvent<?> event) {
        if (event.type() != EventType.PLAN_REQUESTED) {
            return HandlerOutcome.IGNORED;
        }
        PlanRequested request = event.dataAs(PlanRequested.class);
        Manifest manifest;
        try {
            manifest = planning.resolveNow(request);
        } catch (PlanFailure failure) {
            if (request.manifestId() != null && deferred.defer(CONSUMER, event, "manifest:" + request.manifestId(),
                    config.manifestWait().command())) {
                return HandlerOutcome.DEFERRED;
            }
            planning.publishFailure(failure, event.subject(), event.correlationid(), event.id());
            return HandlerOutcome.PROCESSED;
        }
        workers.enqueue(Owner.of(manifest.projectName(), manifest.environment()), manifest.id(),
                event.correlationid(), event.id());
        return HandlerOutcome.PROCESSED;
    }
}
