package dev.streamt.compiler;

import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import dev.streamt.contracts.diagnostics.Diagnostics;
import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.events.payload.ManifestRejected;
import dev.streamt.testkit.KafkaResource;
import dev.streamt.testkit.PostgresResource;
import dev.streamt.testkit.service.ServiceWiringContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;

/** The compiler-service starts against a real Kafka broker and a real PostgreSQL and is wired as every service must be. */
@QuarkusTest
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = true)
class CompilerServiceWiringIT extends ServiceWiringContract {

    @Override
    protected String firstTable() {
        return "manifest";
    }

    @Override
    protected CloudEvent<?> sampleEvent(String correlationId) {
        return CloudEvent.create(EventType.MANIFEST_REJECTED, "/streamt/compiler-service", Subject.of("payments", "dev"), correlationId, null,
                new ManifestRejected("payments", "dev", Diagnostics.of(
                List.of(Diagnostic.of(DiagnosticCode.SOURCE_NOT_FOUND, "Source 'orders' not found")), List.of())));
    }
}
