package dev.streamt.lineage.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.ChangeTarget;
import dev.streamt.contracts.deployment.Deployment;
import dev.streamt.contracts.deployment.DeploymentStatus;
import dev.streamt.contracts.deployment.DeploymentStep;
import dev.streamt.contracts.deployment.StepStatus;
import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.events.payload.DeploymentFailed;
import dev.streamt.contracts.events.payload.DeploymentStarted;
import dev.streamt.contracts.events.payload.DeploymentStepSucceeded;
import dev.streamt.contracts.events.payload.TestRunCompleted;
import dev.streamt.contracts.testing.TestResult;
import dev.streamt.contracts.testing.TestRun;
import dev.streamt.contracts.testing.TestRunStatus;
import dev.streamt.contracts.testing.TestStatus;
import dev.streamt.contracts.testing.TestType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusEventsTest {

    private static final Instant T = Instant.parse("2026-11-21T09:00:00Z");
    private static final Subject SHOP = Subject.of("shop", "dev");

    private static DeploymentStep step(ChangeTarget target, String name, StepStatus status, String error) {
        return new DeploymentStep("c-" + name, target, name, ChangeAction.CREATE, status, T, T.plusSeconds(1), error);
    }

    @Test
    void aStepEventReportsItsArtifact() {
        var event = CloudEvent.initial(EventType.DEPLOYMENT_STEP_SUCCEEDED, "/streamt/deployer-service", SHOP,
                new DeploymentStepSucceeded("d1", "cs1", step(ChangeTarget.KAFKA_TOPIC, "shop.orders.clean",
                        StepStatus.SUCCEEDED, null)));
        assertThat(StatusEvents.artifactStates(event)).singleElement().satisfies(state -> {
            assertThat(state.target()).isEqualTo("kafka_topic");
            assertThat(state.status()).isEqualTo("succeeded");
            assertThat(state.at()).isEqualTo(T.plusSeconds(1));
        });
    }

    @Test
    void aFinishedDeploymentReportsTheStepsThatRanOnly() {
        Deployment deployment = new Deployment("d2", "cs2", "shop", "dev", DeploymentStatus.FAILED, false, null, T,
                T.plusSeconds(5), List.of(step(ChangeTarget.KAFKA_TOPIC, "t", StepStatus.SUCCEEDED, null),
                step(ChangeTarget.FLINK_JOB, "j", StepStatus.FAILED, "boom"),
                step(ChangeTarget.CONNECTOR, "c", StepStatus.SKIPPED, null)));
        var failed = CloudEvent.initial(EventType.DEPLOYMENT_FAILED, "/streamt/deployer-service", SHOP,
                new DeploymentFailed(deployment, "step j failed"));
        assertThat(StatusEvents.artifactStates(failed)).extracting(ArtifactState::name, ArtifactState::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("t", "succeeded"),
                        org.assertj.core.groups.Tuple.tuple("j", "failed"));
        var started = CloudEvent.initial(EventType.DEPLOYMENT_STARTED, "/streamt/deployer-service", SHOP,
                new DeploymentStarted(deployment));
        assertThat(StatusEvents.artifactStates(started)).isEmpty();
    }

    @Test
    void aCompletedTestRunReportsEveryTest() {
        TestRun run = new TestRun("run-9", "shop", "dev", TestRunStatus.FAILED, T, T.plusSeconds(3), List.of(
                new TestResult("orders_quality", TestType.SAMPLE, TestStatus.FAILED, List.of(), null),
                new TestResult("orders_schema", TestType.SCHEMA, TestStatus.PASSED, List.of(), null)));
        var event = CloudEvent.initial(EventType.TESTRUN_COMPLETED, "/streamt/test-runner-service", SHOP,
                new TestRunCompleted(run));
        assertThat(StatusEvents.testStates(event)).extracting(TestState::test, TestState::status, TestState::at)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("orders_quality", "failed", T.plusSeconds(3)),
                        org.assertj.core.groups.Tuple.tuple("orders_schema", "passed", T.plusSeconds(3)));
    }
}
