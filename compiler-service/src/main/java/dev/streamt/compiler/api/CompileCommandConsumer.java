package dev.streamt.compiler.api;

import dev.streamt.compiler.app.CompilationService;
import dev.streamt.compiler.app.CompileCapacity;
import dev.streamt.compiler.core.CompileRequest;
import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.payload.CompileRequested;
import dev.streamt.runtime.inbox.HandlerOutcome;
import dev.streamt.runtime.inbox.IdempotentConsumer;
import dev.streamt.runtime.kafka.InboundEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * {@code streamt.compile.commands} in: each {@code CompileRequested} is compiled once (whatever Kafka redelivers) and
 * answered on {@code streamt.manifest.events} with the command's correlation id, caused by the command.
 */
@ApplicationScoped
public class CompileCommandConsumer {

    static final String CONSUMER = "compile-commands";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    CompilationService compilation;

    @Incoming("compile-commands")
    @Blocking
    CompletionStage<Void> onRecord(Message<InboundEvent> message) {
        return consumer.consume(CONSUMER, message, this::handle);
    }

    HandlerOutcome handle(CloudEvent<?> event) {
        if (event.type() != EventType.COMPILE_REQUESTED) {
            return HandlerOutcome.IGNORED;
        }
        CompileRequested command = event.dataAs(CompileRequested.class);
        Map<String, byte[]> files = new TreeMap<>();
        command.files().forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
        try {
            compilation.compile(new CompileRequest(files, command.env(), command.vars()), event.correlationid(), event,
                    command.requestedBy());
        } catch (CompileCapacity.Refusal refusal) {
            if (refusal.kind() != CompileCapacity.Refusal.Kind.TOO_LARGE) {
                throw refusal; // busy or out of memory this time: the inbox tries again with backoff
            }
            compilation.rejectTooLarge(command.project(), command.env(), refusal.getMessage(), event.correlationid(),
                    event);
        }
        return HandlerOutcome.PROCESSED;
    }
}
