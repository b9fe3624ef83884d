package dev.streamt.planner.api;

import dev.streamt.planner.app.ManifestIntake;
import dev.streamt.runtime.inbox.IdempotentConsumer;
import dev.streamt.runtime.kafka.InboundEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
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

    @Incoming("manifest-events")
    @Blocking
    CompletionStage<Void> onRecord(Message<InboundEvent> message) {
        return consumer.consume(CONSUMER, message, intake::onEvent);
    }
}
