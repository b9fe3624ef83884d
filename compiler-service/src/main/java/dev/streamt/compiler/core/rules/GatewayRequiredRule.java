package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.plan.ModelPlan;
import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import dev.streamt.contracts.manifest.Materialization;
import java.util.Map;

/**
 * GATEWAY_REQUIRED: a {@code virtual_topic} model is a Conduktor gateway rule, so it needs
 * {@code runtime.conduktor.gateway}. Reported at {@code materialized} (or the model's {@code gateway} settings).
 */
final class GatewayRequiredRule implements ProjectRule {

    @Override
    public void check(RuleContext context, Findings findings) {
        if (context.project().runtime().hasGateway()) {
            return;
        }
        Map<String, ModelPlan> plans = context.modelPlans();
        for (ModelDefinition model : context.project().models()) {
            if (ModelMaterialization.effective(model, plans.get(model.name())) != Materialization.VIRTUAL_TOPIC) {
                continue;
            }
            findings.add(Spans.firstWritten(model, "materialized", "advanced.gateway", "name").diagnostic(
                    DiagnosticCode.GATEWAY_REQUIRED, "Model '" + model.name() + "' is a virtual_topic, served by a "
                            + "Conduktor gateway, but runtime.conduktor.gateway is not configured",
                    "Configure runtime.conduktor.gateway (admin_url, proxy_bootstrap), or materialize the model as "
                            + "flink or topic."));
        }
    }
}
