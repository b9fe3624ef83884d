package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.plan.ModelPlan;
import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.compiler.core.project.runtime.RuntimeConfig;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import java.util.Map;

/**
 * NO_PROCESSING_RUNTIME: a model with stateless SQL (projection, WHERE) and no declared {@code materialized} becomes a
 * gateway {@code virtual_topic} or, without a gateway, a Flink job; with neither runtime nothing can run it. Reported
 * at the model's {@code sql}, instead of FLINK_REQUIRED.
 */
final class NoProcessingRuntimeRule implements ProjectRule {

    @Override
    public void check(RuleContext context, Findings findings) {
        RuntimeConfig runtime = context.project().runtime();
        Map<String, ModelPlan> plans = context.modelPlans();
        for (ModelDefinition model : context.project().models()) {
            ModelPlan plan = plans.get(model.name());
            if (ModelMaterialization.noProcessingRuntime(model, plan, runtime)) {
                findings.add(ModelMaterialization.decidedAt(model).diagnostic(DiagnosticCode.NO_PROCESSING_RUNTIME,
                        "Model '" + model.name() + "' has stateless SQL (" + ModelMaterialization.reasons(plan)
                                + ") but the runtime has neither a Conduktor gateway nor a Flink cluster to run it",
                        "Configure runtime.conduktor.gateway (the model becomes a virtual_topic) or a cluster under "
                                + "runtime.flink.clusters (a Flink job)."));
            }
        }
    }
}
