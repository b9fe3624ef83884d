package dev.streamt.lineage.api;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.lineage.service.LineageIngest;
import dev.streamt.runtime.inbox.DeferredCommands;
import dev.streamt.runtime.inbox.HandlerOutcome;
import dev.streamt.runtime.inbox.IdempotentConsumer;
import dev.streamt.runtime.kafka.InboundEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Kafka adapter: each record of {@code streamt.manifest.events}, once, to the ingest (ordered, one at a time). */
@ApplicationScoped
public class ManifestEventsListener {

    static final String CONSUMER = "lineage-manifests";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    LineageIngest ingest;

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
        return ingest.onManifestEvent(CONSUMER, event);
    }
}
