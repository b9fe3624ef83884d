package dev.streamt.compiler.core.plan;

import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.compiler.core.sql.analysis.InputRelation;
import dev.streamt.compiler.core.sql.analysis.OutputColumn;
import dev.streamt.compiler.core.sql.analysis.SqlAnalysis;
import dev.streamt.contracts.manifest.Materialization;
import java.util.List;
import java.util.Objects;

/**
 * A model as the later stages (artifacts, rules, manifest) see it: its definition, its effective materialization and
 * why, the inputs it reads and what its SQL does. Immutable.
 *
 * @param materialized the effective materialization (declared, else inferred from the SQL)
 * @param inferredFrom why: "declared", or the features of the SQL that decided it
 * @param dependsOn    node ids it reads from ({@code source.x}, {@code model.y}, {@code other:model.z}), call order
 * @param inputs       the relations its SQL reads (for a sink: what {@code from} names), dependency order
 * @param analysis     the SQL analysis; null for a sink without SQL
 * @param columns      its output columns with types and lineage (for a sink: its input's columns)
 * @param renderedSql  the SQL after Jinja (null for a sink without SQL)
 */
public record ModelPlan(ModelDefinition definition, Materialization materialized, String inferredFrom,
        List<String> dependsOn, List<InputRelation> inputs, SqlAnalysis analysis, List<OutputColumn> columns,
        String renderedSql) {

    public ModelPlan {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(materialized, "materialized");
        inferredFrom = inferredFrom == null ? "" : inferredFrom;
        dependsOn = List.copyOf(dependsOn);
        inputs = List.copyOf(inputs);
        columns = List.copyOf(columns);
    }

    public String name() {
        return definition.name();
    }

    /** The node id, {@code model.<name>}. */
    public String nodeId() {
        return "model." + definition.name();
    }

    /** Whether the output is a changelog with updates (upsert-kafka with the model key as primary key). */
    public boolean updating() {
        return analysis != null && analysis.updating();
    }
}
