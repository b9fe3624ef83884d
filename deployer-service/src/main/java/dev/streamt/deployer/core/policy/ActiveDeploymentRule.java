package dev.streamt.deployer.core.policy;

import java.util.Optional;

/** One deployment per project and environment at a time: two applies racing on the same resources would interleave. */
public final class ActiveDeploymentRule implements RefusalRule {

    @Override
    public Optional<String> refusal(ApplyContext context) {
        if (context.activeDeploymentId() == null) {
            return Optional.empty();
        }
        return Optional.of("deployment " + context.activeDeploymentId() + " of " + context.projectEnvironment()
                + " is still running; apply again when it has finished");
    }
}
