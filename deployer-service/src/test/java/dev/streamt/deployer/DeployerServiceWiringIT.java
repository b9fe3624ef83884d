package dev.streamt.deployer;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.events.payload.DeploymentRejected;
import dev.streamt.testkit.KafkaResource;
import dev.streamt.testkit.PostgresResource;
import dev.streamt.testkit.service.ServiceWiringContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The deployer-service starts against a real Kafka broker and a real PostgreSQL and is wired as every service must be. */
@QuarkusTest
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = true)
class DeployerServiceWiringIT extends ServiceWiringContract {

    @Override
    protected String firstTable() {
        return "deployment_step";
    }

    @Override
    protected CloudEvent<?> sampleEvent(String correlationId) {
        return CloudEvent.create(EventType.DEPLOYMENT_REJECTED, "/streamt/deployer-service", Subject.of("payments", "dev"), correlationId, null,
                new DeploymentRejected("cs-1", null, "destructive changes need approve_destructive"));
    }
}
