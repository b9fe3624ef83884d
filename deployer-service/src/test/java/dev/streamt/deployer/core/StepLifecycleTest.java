package dev.streamt.deployer.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.deployment.DeploymentStep;
import dev.streamt.contracts.deployment.StepStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StepLifecycleTest {

    private static final Instant T1 = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-01-01T10:00:05Z");
    private final DeploymentStep pending = DeploymentStep.pending(Changes.topic("orders", ChangeAction.CREATE));

    @Test
    void aStepRunsThenSucceedsWithItsTimes() {
        DeploymentStep running = StepLifecycle.start(pending, T1);
        DeploymentStep done = StepLifecycle.finish(running, StepResult.succeeded(pending.changeId()), T2);

        assertThat(running.status()).isEqualTo(StepStatus.RUNNING);
        assertThat(done.status()).isEqualTo(StepStatus.SUCCEEDED);
        assertThat(done.startedAt()).isEqualTo(T1);
        assertThat(done.finishedAt()).isEqualTo(T2);
        assertThat(done.error()).isNull();
    }

    @Test
    void aFailedStepKeepsItsError() {
        DeploymentStep failed = StepLifecycle.finish(StepLifecycle.start(pending, T1),
                StepResult.failed(pending.changeId(), "topic exists with 3 partitions"), T2);

        assertThat(failed.status()).isEqualTo(StepStatus.FAILED);
        assertThat(failed.error()).isEqualTo("topic exists with 3 partitions");
    }

    @Test
    void aStepFoundRunningAfterACrashRunsAgainAndKeepsItsFirstStart() {
        DeploymentStep again = StepLifecycle.start(StepLifecycle.start(pending, T1), T2);

        assertThat(again.status()).isEqualTo(StepStatus.RUNNING);
        assertThat(again.startedAt()).isEqualTo(T1);
    }

    @Test
    void aFinishedStepNeverRunsAgain() {
        DeploymentStep done = StepLifecycle.finish(StepLifecycle.start(pending, T1),
                StepResult.succeeded(pending.changeId()), T2);

        assertThatThrownBy(() -> StepLifecycle.start(done, T2)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> StepLifecycle.skip(done)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> StepLifecycle.finish(pending, StepResult.succeeded(pending.changeId()), T2))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyAPendingStepIsSkipped() {
        assertThat(StepLifecycle.skip(pending).status()).isEqualTo(StepStatus.SKIPPED);
        assertThatThrownBy(() -> StepLifecycle.skip(StepLifecycle.start(pending, T1)))
                .isInstanceOf(IllegalStateException.class);
    }
}
