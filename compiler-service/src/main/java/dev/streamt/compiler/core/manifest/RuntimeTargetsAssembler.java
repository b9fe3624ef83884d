package dev.streamt.compiler.core.manifest;

import dev.streamt.compiler.core.project.EnvironmentDefinition;
import dev.streamt.compiler.core.project.ProjectDefinition;
import dev.streamt.compiler.core.project.policy.Safety;
import dev.streamt.compiler.core.project.runtime.KafkaRuntime;
import dev.streamt.contracts.manifest.EnvironmentSafety;
import dev.streamt.contracts.manifest.KafkaConnection;
import dev.streamt.contracts.manifest.RuntimeTargets;

/** The manifest's {@code runtime} targets and {@code safety}, from the project's runtime and chosen environment. */
final class RuntimeTargetsAssembler {

    private RuntimeTargetsAssembler() {
    }

    static RuntimeTargets targets(ProjectDefinition project) {
        KafkaRuntime kafka = project.runtime() == null ? null : project.runtime().kafka();
        if (kafka == null) {
            return RuntimeTargets.NONE;
        }
        return new RuntimeTargets(new KafkaConnection(kafka.bootstrapServers(), kafka.bootstrapServersInternal(),
                kafka.securityProtocol(), kafka.saslMechanism(), kafka.saslUsername(), kafka.saslPassword(),
                kafka.ssl()));
    }

    static EnvironmentSafety safety(ProjectDefinition project) {
        EnvironmentDefinition environment = project.environment();
        if (environment == null) {
            return EnvironmentSafety.UNPROTECTED;
        }
        Safety safety = environment.safety();
        return new EnvironmentSafety(environment.protectedEnvironment(), safety.confirmApply(),
                safety.allowDestructive(), safety.requireReviewedPlan());
    }
}
