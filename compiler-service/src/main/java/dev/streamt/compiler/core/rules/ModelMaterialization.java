package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.plan.ModelPlan;
import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.compiler.core.project.Span;
import dev.streamt.compiler.core.project.runtime.RuntimeConfig;
import dev.streamt.compiler.core.sql.analysis.MaterializationHint;
import dev.streamt.compiler.core.sql.analysis.SqlAnalysis;
import dev.streamt.contracts.manifest.Materialization;
import java.util.List;

/** A model's materialization as the runtime rules see it, and where it was decided. */
final class ModelMaterialization {

    private ModelMaterialization() {
    }

    /**
     * The planner's effective materialization; the declared one (or null) when the planner could not decide it: the
     * model was not planned, or its SQL did not render, parse, or read only declared tables. Its materialization is
     * then a placeholder, and runtime rules about it would only add noise to the error already reported.
     */
    static Materialization effective(ModelDefinition model, ModelPlan plan) {
        return plan == null || !decided(plan) ? model.materialized() : plan.materialized();
    }

    /** Whether the planner decided the materialization on SQL that analysed cleanly (or on a sink's from). */
    static boolean decided(ModelPlan plan) {
        SqlAnalysis analysis = plan.analysis();
        if (plan.definition().sql() == null) {
            return true;
        }
        return analysis != null && analysis.parsed() && !analysis.noFrom() && analysis.unknownTables().isEmpty();
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

    /** The kind of the model's SQL, or null when it has none or the planner could not decide on it. */
    static MaterializationHint.Kind sqlKind(ModelPlan plan) {
        return plan == null || plan.analysis() == null || !decided(plan) ? null : plan.analysis().hint().kind();
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
