package dev.streamt.lineage.api;

import dev.streamt.lineage.service.LineageIngest;
import dev.streamt.runtime.inbox.IdempotentConsumer;
import dev.streamt.runtime.kafka.InboundEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
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

    @Incoming("manifest-events")
    @Blocking
    CompletionStage<Void> onRecord(Message<InboundEvent> message) {
        return consumer.consume(CONSUMER, message, ingest::onManifestEvent);
    }
}
