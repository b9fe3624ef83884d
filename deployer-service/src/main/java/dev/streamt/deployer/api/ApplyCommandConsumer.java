package dev.streamt.deployer.api;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.payload.ApplyRequested;
import dev.streamt.deployer.app.ApplyService;
import dev.streamt.deployer.app.DeployerConfig;
import dev.streamt.deployer.store.ChangeSetStore;
import dev.streamt.runtime.inbox.DeferredCommands;
import dev.streamt.runtime.inbox.HandlerOutcome;
import dev.streamt.runtime.inbox.IdempotentConsumer;
import dev.streamt.runtime.kafka.InboundEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * {@code streamt.apply.commands} in: each {@code ApplyRequested} is decided once (whatever Kafka redelivers); the
 * deployment's events carry the command's correlation id and the command as their cause. A refusal is a
 * {@code DeploymentRejected} event, never a failed record. A command naming a change set not received yet is deferred
 * ({@link DeferredCommands}) until it arrives or {@code streamt.deployer.changeset-wait.command} is over, so it never
 * holds up the applies of other projects behind it.
 */
@ApplicationScoped
public class ApplyCommandConsumer {

    static final String CONSUMER = "apply-commands";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    ApplyService applies;

    @Inject
    ChangeSetStore changeSets;

    @Inject
    DeferredCommands deferred;

    @Inject
    DeployerConfig config;

    void registerDeferred(@Observes StartupEvent event) {
        deferred.register(CONSUMER, this::handle);
    }

    @Incoming("apply-commands")
    @Blocking
    CompletionStage<Void> onRecord(Message<InboundEvent> message) {
        return consumer.consume(CONSUMER, message, this::handle);
    }

    HandlerOutcome handle(CloudEvent<?> event) {
        if (event.type() != EventType.APPLY_REQUESTED) {
            return HandlerOutcome.IGNORED;
        }
        ApplyRequested request = event.dataAs(ApplyRequested.class);
        Optional<ChangeSetStore.StoredChangeSet> stored = changeSets.byId(request.changesetId());
        if (stored.isEmpty()) {
            if (deferred.defer(CONSUMER, event, "changeset:" + request.changesetId(), config.changeSetWait().command())) {
                return HandlerOutcome.DEFERRED;
            }
            applies.rejectUnknown(request, event.subject(), event.correlationid(), event.id());
            return HandlerOutcome.PROCESSED;
        }
        applies.apply(request, stored.get(), event.correlationid(), event.id());
        return HandlerOutcome.PROCESSED;
    }
}
