package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.plan.ModelPlan;
import dev.streamt.compiler.core.project.runtime.RuntimeConfig;
import dev.streamt.compiler.core.sql.analysis.MaterializationHint;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import dev.streamt.contracts.manifest.Materialization;

/**
 * AMBIGUOUS_MATERIALIZATION (warning): stateless SQL without a declared {@code materialized} is a gateway
 * {@code virtual_topic} when a gateway is configured; without one it became a Flink job. The same project would
 * compile differently once a gateway is added, so the choice should be written down. Reported at the model's
 * {@code sql}.
 */
final class AmbiguousMaterializationRule implements ProjectRule {

    @Override
    public void check(RuleContext context, Findings findings) {
        RuntimeConfig runtime = context.project().runtime();
        // With a gateway there is no ambiguity; with no Flink either, it is NO_PROCESSING_RUNTIME.
        if (runtime.hasGateway() || !runtime.hasFlink()) {
            return;
        }
        for (ModelPlan plan : context.plan().models()) {
            if (plan.definition().materialized() != null || plan.materialized() != Materialization.FLINK
                    || ModelMaterialization.sqlKind(plan) != MaterializationHint.Kind.STATELESS) {
                continue;
            }
            findings.add(ModelMaterialization.decidedAt(plan.definition()).diagnostic(
                    DiagnosticCode.AMBIGUOUS_MATERIALIZATION, "Model '" + plan.name() + "' has stateless SQL ("
                            + ModelMaterialization.reasons(plan) + ") and no materialized: without a "
                            + "gateway it runs as a Flink job; with runtime.conduktor.gateway it would be a "
                            + "virtual_topic",
                    "Write materialized: flink to keep the Flink job, or materialized: virtual_topic and configure "
                            + "runtime.conduktor.gateway."));
        }
    }
}
