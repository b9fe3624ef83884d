package dev.streamt.compiler.core;

import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.compiler.core.project.runtime.RuntimeConfig;
import dev.streamt.compiler.core.sql.analysis.MaterializationHint;
import dev.streamt.compiler.core.sql.analysis.SqlAnalysis;
import dev.streamt.contracts.manifest.Materialization;

/**
 * The effective materialization of a model (DSL.md, "Materialization"): declared wins; otherwise {@code from} without
 * SQL is a sink, stateful SQL is Flink, {@code SELECT *} of one input without WHERE is a topic, and other stateless SQL
 * is a virtual topic when a gateway is configured, else Flink. Whether the runtime it needs exists is a rule's concern
 * (FLINK_REQUIRED, GATEWAY_REQUIRED, ...), not decided here. Pure.
 */
final class Materializations {

    static final String DECLARED = "declared";

    private Materializations() {
    }

    static Materialization decide(ModelDefinition model, SqlAnalysis analysis, RuntimeConfig runtime) {
        if (model.materialized() != null) {
            return model.materialized();
        }
        MaterializationHint.Kind kind = analysis.hint() == null ? MaterializationHint.Kind.STATEFUL : analysis.hint().kind();
        switch (kind) {
            case PASSTHROUGH:
                return Materialization.TOPIC;
            case STATELESS:
                return runtime.hasGateway() ? Materialization.VIRTUAL_TOPIC : Materialization.FLINK;
            default:
                return Materialization.FLINK;
        }
    }

    static String reason(ModelDefinition model, SqlAnalysis analysis) {
        if (model.materialized() != null) {
            return DECLARED;
        }
        return analysis.hint() == null ? "SQL" : analysis.hint().inferredFrom();
    }

    /** A model without analysable SQL: a sink when it only has {@code from}. */
    static Materialization withoutSql(ModelDefinition model) {
        if (model.materialized() != null) {
            return model.materialized();
        }
        return model.sql() == null ? Materialization.SINK : Materialization.FLINK;
    }

    static String reasonWithoutSql(ModelDefinition model) {
        if (model.materialized() != null) {
            return DECLARED;
        }
        return model.sql() == null ? "from without sql" : "SQL that did not render";
    }
}
