package dev.streamt.lineage;

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
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;

/** The lineage-service starts against a real Kafka broker and a real PostgreSQL and is wired as every service must be. */
@QuarkusTest
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = true, initArgs = @ResourceArg(
        name = KafkaResource.TOPICS, value = "streamt.deployment.events,streamt.test.events"))
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = true)
class LineageServiceWiringIT extends ServiceWiringContract {

    @Override
    protected String firstTable() {
        return "project_graph";
    }

    @Override
    protected CloudEvent<?> sampleEvent(String correlationId) {
        return CloudEvent.create(EventType.MANIFEST_REJECTED, "/streamt/lineage-service", Subject.of("payments", "dev"), correlationId, null,
                new ManifestRejected("payments", null, Diagnostics.of(
                List.of(Diagnostic.of(DiagnosticCode.CYCLE_DETECTED, "a -> b -> a")), List.of())));
    }
}
