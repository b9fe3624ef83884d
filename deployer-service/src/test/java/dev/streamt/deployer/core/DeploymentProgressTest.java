package dev.streamt.deployer.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.ChangeTarget;
import dev.streamt.contracts.deployment.DeploymentStatus;
import dev.streamt.contracts.deployment.DeploymentStep;
import dev.streamt.contracts.deployment.StepStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeploymentProgressTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void stepsOfOneTargetAreCutIntoBatchesOfTheTargetsSize() {
        List<DeploymentStep> steps = topics(7, ChangeAction.CREATE);

        assertThat(DeploymentProgress.nextBatch(steps, target -> 3)).contains(new DeploymentProgress.Batch(0, 3));
        markSucceeded(steps, 0, 3);
        assertThat(DeploymentProgress.nextBatch(steps, target -> 3)).contains(new DeploymentProgress.Batch(3, 6));
        markSucceeded(steps, 3, 6);
        assertThat(DeploymentProgress.nextBatch(steps, target -> 3)).contains(new DeploymentProgress.Batch(6, 7));
        markSucceeded(steps, 6, 7);
        assertThat(DeploymentProgress.nextBatch(steps, target -> 3)).isEmpty();
        assertThat(DeploymentProgress.statusOf(steps)).isEqualTo(DeploymentStatus.SUCCEEDED);
    }

    @Test
    void aBatchNeverMixesTargetsOrCreatesWithDeletes() {
        List<DeploymentStep> steps = new ArrayList<>();
        steps.add(DeploymentStep.pending(Changes.of(ChangeTarget.SCHEMA, "s", ChangeAction.CREATE)));
        steps.add(DeploymentStep.pending(Changes.topic("a", ChangeAction.CREATE)));
        steps.add(DeploymentStep.pending(Changes.topic("b", ChangeAction.REPLACE)));
        steps.add(DeploymentStep.pending(Changes.topic("c", ChangeAction.DELETE)));

        assertThat(DeploymentProgress.nextBatch(steps, target -> 100)).contains(new DeploymentProgress.Batch(0, 1));
        markSucceeded(steps, 0, 1);
        assertThat(DeploymentProgress.nextBatch(steps, target -> 100)).contains(new DeploymentProgress.Batch(1, 3));
        markSucceeded(steps, 1, 3);
        assertThat(DeploymentProgress.nextBatch(steps, target -> 100)).contains(new DeploymentProgress.Batch(3, 4));
    }

    @Test
    void aResumedDeploymentStartsAtTheFirstUnfinishedStepIncludingOneLeftRunning() {
        List<DeploymentStep> steps = topics(5, ChangeAction.CREATE);
        markSucceeded(steps, 0, 2);
        steps.set(2, StepLifecycle.start(steps.get(2), NOW));

        assertThat(DeploymentProgress.nextBatch(steps, target -> 10)).contains(new DeploymentProgress.Batch(2, 5));
        assertThat(DeploymentProgress.statusOf(steps)).isEqualTo(DeploymentStatus.RUNNING);
    }

    @Test
    void afterAFailedStepNothingMoreRunsAndTheDeploymentFailedWithThatStepsError() {
        List<DeploymentStep> steps = topics(3, ChangeAction.CREATE);
        steps.set(0, StepLifecycle.finish(StepLifecycle.start(steps.get(0), NOW),
                StepResult.failed(steps.get(0).changeId(), "boom"), NOW));

        assertThat(DeploymentProgress.nextBatch(steps, target -> 10)).isEmpty();
        assertThat(DeploymentProgress.statusOf(steps)).isEqualTo(DeploymentStatus.FAILED);
        assertThat(DeploymentProgress.failureReason(steps)).contains("step kafka_topic:t0 failed: boom");
    }

    @Test
    void aDeploymentWithoutStepsHasSucceeded() {
        assertThat(DeploymentProgress.nextBatch(List.of(), target -> 10)).isEmpty();
        assertThat(DeploymentProgress.statusOf(List.of())).isEqualTo(DeploymentStatus.SUCCEEDED);
    }

    private static List<DeploymentStep> topics(int count, ChangeAction action) {
        List<DeploymentStep> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            steps.add(DeploymentStep.pending(Changes.topic("t" + i, action)));
        }
        return steps;
    }

    private static void markSucceeded(List<DeploymentStep> steps, int from, int to) {
        for (int i = from; i < to; i++) {
            DeploymentStep running = StepLifecycle.start(steps.get(i), NOW);
            steps.set(i, StepLifecycle.finish(running, StepResult.succeeded(running.changeId()), NOW));
            assertThat(steps.get(i).status()).isEqualTo(StepStatus.SUCCEEDED);
        }
    }
}
