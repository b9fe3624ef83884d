package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.plan.ModelPlan;
import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.compiler.core.project.RuntimeConfig;
import dev.streamt.compiler.core.project.Span;
import dev.streamt.compiler.core.sql.MaterializationHint;
import dev.streamt.compiler.core.sql.SqlAnalysis;
import dev.streamt.contracts.manifest.Materialization;
import java.util.List;

/** A model's materialization as the runtime rules see it, and where it was decided. */
final class ModelMaterialization {

    private ModelMaterialization() {
    }

    /**
     * The planner's effective materialization; the declared one (or null) when the planner could not decide it: the
     * model was not planned, or its SQL did not render, parse or read a table. Its materialization is then a
     * placeholder, and runtime rules about it would only add noise to the SQL error already reported.
     */
    static Materialization effective(ModelDefinition model, ModelPlan plan) {
        if (plan == null) {
            return model.materialized();
        }
        SqlAnalysis analysis = plan.analysis();
        boolean undecided = model.sql() != null && (analysis == null || !analysis.parsed() || analysis.noFrom());
        return undecided ? model.materialized() : plan.materialized();
    }

    /** Where the materialization was decided: {@code materialized} when declared, else the SQL (or {@code from}). */
    static Span decidedAt(ModelDefinition model) {
        return Spans.firstWritten(model, "materialized", "sql", "from", "name");
    }

    /** {@code flink (stateful SQL: GROUP BY)} or {@code flink (declared)}, for messages. */
    static String describe(Materialization materialized, ModelPlan plan) {
        String why = plan == null || plan.inferredFrom().isEmpty() ? "declared" : plan.inferredFrom();
        return materialized.wireValue() + " (" + why + ")";
    }

    /** The kind of the model's SQL, or null when it has none or it did not parse. */
    static MaterializationHint.Kind sqlKind(ModelPlan plan) {
        SqlAnalysis analysis = plan == null ? null : plan.analysis();
        return analysis == null || !analysis.parsed() ? null : analysis.hint().kind();
    }

    /** The features that classified the SQL, like {@code WHERE filter, projection}, for messages. */
    static String reasons(ModelPlan plan) {
        List<String> reasons = plan.analysis().hint().reasons();
        return reasons.isEmpty() ? "projection" : String.join(", ", reasons);
    }

    /**
     * Whether the model is the case DSL.md calls NO_PROCESSING_RUNTIME: stateless SQL, no declared materialization,
     * and neither a gateway nor Flink to run it. The other runtime rules stay silent on it, so it is reported once.
     */
    static boolean noProcessingRuntime(ModelDefinition model, ModelPlan plan, RuntimeConfig runtime) {
        return model.materialized() == null && sqlKind(plan) == MaterializationHint.Kind.STATELESS
                && !runtime.hasGateway() && !runtime.hasFlink();
    }
}
