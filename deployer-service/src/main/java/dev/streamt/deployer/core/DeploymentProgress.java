package dev.streamt.deployer.core;

import dev.streamt.contracts.changeset.ChangeTarget;
import dev.streamt.contracts.deployment.DeploymentStatus;
import dev.streamt.contracts.deployment.DeploymentStep;
import dev.streamt.contracts.deployment.StepStatus;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Where a deployment stands, from its steps alone (so a restarted deployer needs nothing else): the next batch to run
 * and the deployment's status. Pure, thread-safe.
 */
public final class DeploymentProgress {

    /** Steps {@code [from, to)} of a deployment, all of one target and phase. */
    public record Batch(int from, int to) {
        public int size() {
            return to - from;
        }
    }

    private DeploymentProgress() {
    }

    /**
     * The next steps to run: from the first unfinished step, the following unfinished steps of the same target and
     * phase, at most {@code batchSize} of that target. Empty when every step is finished or a step failed.
     */
    public static Optional<Batch> nextBatch(List<DeploymentStep> steps, ToIntFunction<ChangeTarget> batchSize) {
        if (steps.stream().anyMatch(step -> step.status() == StepStatus.FAILED)) {
            return Optional.empty();
        }
        int from = 0;
        while (from < steps.size() && StepLifecycle.isFinished(steps.get(from).status())) {
            from++;
        }
        if (from == steps.size()) {
            return Optional.empty();
        }
        DeploymentStep first = steps.get(from);
        int limit = Math.max(1, batchSize.applyAsInt(first.target()));
        int to = from + 1;
        while (to < steps.size() && to - from < limit) {
            DeploymentStep next = steps.get(to);
            if (StepLifecycle.isFinished(next.status())
                    || !StepOrder.sameGroup(first.target(), first.action(), next.target(), next.action())) {
                break;
            }
            to++;
        }
        return Optional.of(new Batch(from, to));
    }

    /** {@code failed} once a step failed, {@code succeeded} once every step finished, else {@code running}. */
    public static DeploymentStatus statusOf(List<DeploymentStep> steps) {
        boolean allFinished = true;
        for (DeploymentStep step : steps) {
            if (step.status() == StepStatus.FAILED) {
                return DeploymentStatus.FAILED;
            }
            allFinished &= StepLifecycle.isFinished(step.status());
        }
        return allFinished ? DeploymentStatus.SUCCEEDED : DeploymentStatus.RUNNING;
    }

    /** The first failed step's error, as the reason of a failed deployment. */
    public static Optional<String> failureReason(List<DeploymentStep> steps) {
        return steps.stream().filter(step -> step.status() == StepStatus.FAILED).findFirst()
                .map(step -> "step " + step.changeId() + " failed: " + step.error());
    }
}
