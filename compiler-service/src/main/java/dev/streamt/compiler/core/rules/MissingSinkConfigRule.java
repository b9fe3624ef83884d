package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.plan.ModelPlan;
import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import dev.streamt.contracts.manifest.Materialization;
import java.util.Map;

/**
 * MISSING_SINK_CONFIG: a {@code sink} model is a Kafka Connect connector, so it needs {@code advanced.connector} (or
 * the {@code connector} / {@code sink} shorthands) with a {@code type}. Reported at the connector settings when they
 * lack the type, else where the model was made a sink ({@code materialized}, else {@code from}).
 */
final class MissingSinkConfigRule implements ProjectRule {

    static final String TYPES = "snowflake-sink, bigquery-sink, s3-sink, jdbc-sink, elasticsearch-sink or a connector "
            + "class";

    @Override
    public void check(RuleContext context, Findings findings) {
        Map<String, ModelPlan> plans = context.modelPlans();
        for (ModelDefinition model : context.project().models()) {
            if (ModelMaterialization.effective(model, plans.get(model.name())) != Materialization.SINK) {
                continue;
            }
            if (model.connector() == null) {
                findings.add(ModelMaterialization.decidedAt(model).diagnostic(DiagnosticCode.MISSING_SINK_CONFIG,
                        "Sink model '" + model.name() + "' has no connector configuration",
                        "Add connector: {type: <" + TYPES + ">, config: {...}} (or advanced.connector)."));
            } else if (model.connector().type() == null || model.connector().type().isBlank()) {
                findings.add(model.spanOf("advanced.connector").diagnostic(DiagnosticCode.MISSING_SINK_CONFIG,
                        "The connector of sink model '" + model.name() + "' has no type",
                        "Add type: <" + TYPES + "> to the connector."));
            }
        }
    }
}
