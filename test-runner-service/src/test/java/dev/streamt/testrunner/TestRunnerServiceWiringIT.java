package dev.streamt.testrunner;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.events.payload.TestRunCompleted;
import dev.streamt.contracts.testing.TestRun;
import dev.streamt.contracts.testing.TestRunStatus;
import dev.streamt.testkit.KafkaResource;
import dev.streamt.testkit.PostgresResource;
import dev.streamt.testkit.service.ServiceWiringContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;

/** The test-runner-service starts against a real Kafka broker and a real PostgreSQL and is wired as every service must be. */
@QuarkusTest
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = true)
class TestRunnerServiceWiringIT extends ServiceWiringContract {

    @Override
    protected String firstTable() {
        return "test_run";
    }

    @Override
    protected CloudEvent<?> sampleEvent(String correlationId) {
        return CloudEvent.create(EventType.TESTRUN_COMPLETED, "/streamt/test-runner-service", Subject.of("payments", "dev"), correlationId, null,
                new TestRunCompleted(new TestRun("run-1", "payments", "dev", TestRunStatus.PASSED,
                Instant.parse("2026-11-21T10:00:00Z"), Instant.parse("2026-11-21T10:00:05Z"), List.of())));
    }
}
