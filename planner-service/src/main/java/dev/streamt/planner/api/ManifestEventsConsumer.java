package dev.streamt.planner.api;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.planner.app.ManifestIntake;
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

/** {@code streamt.manifest.events} in: each {@code ManifestCompiled} stored once and, where auto-plan is on, planned (see {@link ManifestIntake}). */
@ApplicationScoped
public class ManifestEventsConsumer {

    static final String CONSUMER = "planner-manifests";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    ManifestIntake intake;

    @Inject
    DeferredCommands deferred;

    void registerDeferred(@Observes StartupEvent event) {
        deferred.register(CONSUMER, this::handle);
    }

    @Incoming("manifest-events")
    @Blocking
    CompletionStage<Void> onRecord(Message<InboundEvent> message) {
        return consumer.consume(CONSUMER, message, this::handle);
    }

    private HandlerOutcome handle(CloudEvent<?> event) {
        return intake.onEvent(CONSUMER, event);
    }
}
