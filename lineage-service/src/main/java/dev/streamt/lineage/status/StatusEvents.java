package dev.streamt.lineage.status;

import dev.streamt.contracts.deployment.Deployment;
import dev.streamt.contracts.deployment.DeploymentStep;
import dev.streamt.contracts.deployment.StepStatus;
import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.payload.DeploymentFailed;
import dev.streamt.contracts.events.payload.DeploymentStepFailed;
import dev.streamt.contracts.events.payload.DeploymentStepSucceeded;
import dev.streamt.contracts.events.payload.DeploymentSucceeded;
import dev.streamt.contracts.events.payload.TestFailed;
import dev.streamt.contracts.events.payload.TestRunCompleted;
import dev.streamt.contracts.testing.TestResult;
import dev.streamt.contracts.testing.TestRun;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What deployment and test events say about artifacts and tests. Step events carry one step; a finished deployment
 * carries every step (only the ones that ran, succeeded or failed, count: a skipped or pending step did nothing).
 * Events of other types say nothing here. Stateless.
 */
public final class StatusEvents {

    private StatusEvents() {
    }

    public static List<ArtifactState> artifactStates(CloudEvent<?> event) {
        Object data = event.data();
        if (data instanceof DeploymentStepSucceeded succeeded) {
            return List.of(state(succeeded.deploymentId(), succeeded.step(), event));
        }
        if (data instanceof DeploymentStepFailed failed) {
            return List.of(state(failed.deploymentId(), failed.step(), event));
        }
        Deployment deployment = data instanceof DeploymentSucceeded done ? done.deployment()
                : data instanceof DeploymentFailed broken ? broken.deployment() : null;
        if (deployment == null) {
            return List.of();
        }
        List<ArtifactState> states = new ArrayList<>();
        for (DeploymentStep step : deployment.steps()) {
            if (step.status() == StepStatus.SUCCEEDED || step.status() == StepStatus.FAILED) {
                states.add(state(deployment.id(), step, event));
            }
        }
        return states;
    }

    public static List<TestState> testStates(CloudEvent<?> event) {
        Object data = event.data();
        if (data instanceof TestRunCompleted completed) {
            TestRun run = completed.testRun();
            Instant at = run.finishedAt() != null ? run.finishedAt() : event.time();
            List<TestState> states = new ArrayList<>();
            for (TestResult result : run.results()) {
                states.add(new TestState(result.test(), run.id(), result.status().wireValue(), result.error(), at,
                        event.time(), event.id()));
            }
            return states;
        }
        if (data instanceof TestFailed failed) {
            TestResult result = failed.result();
            return List.of(new TestState(failed.test(), failed.runId(), result.status().wireValue(), result.error(),
                    event.time(), event.time(), event.id()));
        }
        return List.of();
    }

    private static ArtifactState state(String deploymentId, DeploymentStep step, CloudEvent<?> event) {
        Instant at = step.finishedAt() != null ? step.finishedAt()
                : step.startedAt() != null ? step.startedAt() : event.time();
        return new ArtifactState(step.target().wireValue(), step.name(), deploymentId, step.status().wireValue(),
                step.error(), at, event.time(), event.id());
    }
}
