package dev.streamt.planner;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.events.payload.PlanFailed;
import dev.streamt.testkit.KafkaResource;
import dev.streamt.testkit.PostgresResource;
import dev.streamt.testkit.service.ServiceWiringContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** The planner-service starts against a real Kafka broker and a real PostgreSQL and is wired as every service must be. */
@QuarkusTest
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = true, initArgs = @ResourceArg(
        name = KafkaResource.TOPICS, value = "streamt.manifest.events,streamt.deployment.events"))
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = true)
class PlannerServiceWiringIT extends ServiceWiringContract {

    @Override
    protected String firstTable() {
        return "change_set";
    }

    @Override
    protected CloudEvent<?> sampleEvent(String correlationId) {
        return CloudEvent.create(EventType.PLAN_FAILED, "/streamt/planner-service", Subject.of("payments", "dev"), correlationId, null,
                new PlanFailed("payments", "dev", null, "no manifest compiled for payments/dev yet"));
    }
}
