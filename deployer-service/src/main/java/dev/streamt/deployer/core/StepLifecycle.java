package dev.streamt.deployer.core;

import dev.streamt.contracts.deployment.DeploymentStep;
import dev.streamt.contracts.deployment.StepStatus;
import java.time.Instant;

/**
 * The state machine of one step: {@code pending -> running -> succeeded | failed}, {@code pending -> skipped} when an
 * earlier step failed. A step found {@code running} after a crash may start again (its change is idempotent) and keeps
 * its first start time; a finished step never changes again, so a succeeded step is never re-run. Any other move is a
 * bug and throws. Pure, thread-safe.
 */
public final class StepLifecycle {

    private StepLifecycle() {
    }

    /** Whether the step has its final state. */
    public static boolean isFinished(StepStatus status) {
        return status == StepStatus.SUCCEEDED || status == StepStatus.FAILED || status == StepStatus.SKIPPED;
    }

    /** The step about to run: {@code running}, started now (or at its first start when it is run again). */
    public static DeploymentStep start(DeploymentStep step, Instant now) {
        require(step, !isFinished(step.status()), "start");
        Instant startedAt = step.startedAt() == null ? now : step.startedAt();
        return step.with(StepStatus.RUNNING, startedAt, null, null);
    }

    /** The step after it ran, as its result says. */
    public static DeploymentStep finish(DeploymentStep step, StepResult result, Instant now) {
        require(step, step.status() == StepStatus.RUNNING, "finish");
        if (!result.changeId().equals(step.changeId())) {
            throw new IllegalArgumentException("result of " + result.changeId() + " given for step " + step.changeId());
        }
        return result.isSuccess()
                ? step.with(StepStatus.SUCCEEDED, step.startedAt(), now, null)
                : step.with(StepStatus.FAILED, step.startedAt(), now, result.error());
    }

    /** A step that will not run because an earlier one failed. */
    public static DeploymentStep skip(DeploymentStep step) {
        require(step, step.status() == StepStatus.PENDING, "skip");
        return step.with(StepStatus.SKIPPED, null, null, null);
    }

    private static void require(DeploymentStep step, boolean allowed, String move) {
        if (!allowed) {
            throw new IllegalStateException("cannot " + move + " step " + step.changeId() + " in state " + step.status());
        }
    }
}
