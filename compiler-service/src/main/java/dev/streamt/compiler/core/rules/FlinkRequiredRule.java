package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.plan.ModelPlan;
import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.compiler.core.project.runtime.RuntimeConfig;
import dev.streamt.compiler.core.sql.analysis.MaterializationHint;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import dev.streamt.contracts.manifest.Materialization;
import java.util.Map;

/**
 * FLINK_REQUIRED: a model only a Flink job can compute, in a runtime without a Flink cluster. That is a model
 * materialized as {@code flink} (declared or inferred), and a {@code topic} model whose SQL does more than copy its
 * input (a filter, projection or stateful query computed by its {@code <model>_processor} job). A {@code topic} model
 * that is {@code SELECT *} of one input is not reported: acceptance cases 09 and 43 require such a project to be
 * valid without Flink. Stateless SQL with no runtime at all is NO_PROCESSING_RUNTIME instead. Reported at
 * {@code materialized} when declared, else at the SQL.
 */
final class FlinkRequiredRule implements ProjectRule {

    @Override
    public void check(RuleContext context, Findings findings) {
        RuntimeConfig runtime = context.project().runtime();
        if (runtime.hasFlink()) {
            return;
        }
        Map<String, ModelPlan> plans = context.modelPlans();
        for (ModelDefinition model : context.project().models()) {
            ModelPlan plan = plans.get(model.name());
            Materialization materialized = ModelMaterialization.effective(model, plan);
            if (ModelMaterialization.noProcessingRuntime(model, plan, runtime)) {
                continue;
            }
            String message;
            if (materialized == Materialization.FLINK) {
                message = "Model '" + model.name() + "' is materialized as "
                        + ModelMaterialization.describe(materialized, plan) + " and runs as a Flink job, but "
                        + "runtime.flink declares no cluster";
            } else if (materialized == Materialization.TOPIC && computes(plan)) {
                message = "Model '" + model.name() + "' is materialized as topic and its SQL ("
                        + ModelMaterialization.reasons(plan) + ") runs in the Flink job '"
                        + model.name() + "_processor', but runtime.flink declares no cluster";
            } else {
                continue;
            }
            findings.add(ModelMaterialization.decidedAt(model).diagnostic(DiagnosticCode.FLINK_REQUIRED, message,
                    "Add a cluster under runtime.flink.clusters (type rest with rest_url and sql_gateway_url, or "
                            + "type confluent)."));
        }
    }

    /** Whether the SQL computes something (not a plain copy of its input). */
    private static boolean computes(ModelPlan plan) {
        MaterializationHint.Kind kind = ModelMaterialization.sqlKind(plan);
        return kind == MaterializationHint.Kind.STATEFUL || kind == MaterializationHint.Kind.STATELESS;
    }
}
