package dev.streamt.compiler.core;

import dev.streamt.compiler.core.plan.ModelPlan;
import dev.streamt.compiler.core.project.ColumnDefinition;
import dev.streamt.compiler.core.project.SourceDefinition;
import dev.streamt.compiler.core.sql.analysis.InputColumn;
import dev.streamt.compiler.core.sql.analysis.InputRelation;
import dev.streamt.compiler.core.sql.analysis.OutputColumn;
import dev.streamt.contracts.manifest.ModelColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the SQL analysis knows of each input: a source's declared columns, an upstream model's inferred output columns
 * (computed once, earlier in topological order, never re-analysed), or another project's manifest columns. Pure.
 */
final class InputRelations {

    private InputRelations() {
    }

    static InputRelation of(ResolvedInput input, Map<String, ModelPlan> planned) {
        if (input.source() != null) {
            return source(input.source());
        }
        if (input.foreignModel() != null) {
            List<InputColumn> columns = new ArrayList<>();
            for (ModelColumn c : input.foreignModel().columns()) {
                columns.add(c.type() == null ? InputColumn.untyped(c.name()) : new InputColumn(c.name(), c.type()));
            }
            return columns.isEmpty() ? InputRelation.undeclared(input.table(), input.nodeId())
                    : InputRelation.of(input.table(), input.nodeId(), columns);
        }
        ModelPlan upstream = planned.get(input.modelName());
        if (upstream == null || upstream.columns().isEmpty()) {
            return InputRelation.undeclared(input.table(), input.nodeId());
        }
        List<InputColumn> columns = new ArrayList<>();
        for (OutputColumn c : upstream.columns()) {
            columns.add(new InputColumn(c.name(), c.typeString()));
        }
        boolean complete = upstream.analysis() == null || upstream.analysis().columnsComplete();
        InputRelation relation = complete ? InputRelation.of(input.table(), input.nodeId(), columns)
                : new InputRelation(input.table(), input.nodeId(), columns, false, null, null, false);
        String rowtime = upstream.analysis() == null ? null
                : upstream.analysis().rowtimeColumn().map(OutputColumn::name).orElse(null);
        if (rowtime != null) {
            relation = relation.withEventTime(rowtime);
        }
        return relation.withUpdating(upstream.updating());
    }

    private static InputRelation source(SourceDefinition source) {
        InputRelation relation;
        if (source.columns().isEmpty()) {
            relation = InputRelation.undeclared(source.name(), "source." + source.name());
        } else {
            List<InputColumn> columns = new ArrayList<>();
            for (ColumnDefinition c : source.columns()) {
                columns.add(c.type() == null ? InputColumn.untyped(c.name()) : new InputColumn(c.name(), c.type()));
            }
            relation = InputRelation.of(source.name(), "source." + source.name(), columns);
        }
        if (source.eventTime() != null) {
            relation = relation.withEventTime(source.eventTime().column());
        }
        for (ColumnDefinition c : source.columns()) {
            if (c.proctime()) {
                relation = relation.withProctime(c.name());
            }
        }
        return relation;
    }
}
