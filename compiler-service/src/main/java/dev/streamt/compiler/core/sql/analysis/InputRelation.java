package dev.streamt.compiler.core.sql.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the analyzer knows of one input a model's SQL may read: the Flink table name it appears under in the rendered
 * SQL ({@code orders_raw}, {@code proj__model}), its DAG node id, its columns, and its time attributes. Immutable and
 * thread-safe.
 *
 * @param table the table name in the rendered SQL (what {@code source()}/{@code ref()} rendered to, unquoted)
 * @param nodeId the DAG node id, like {@code source.orders_raw} or {@code model.orders_clean}
 * @param columns the columns in order (sources: as declared; models: their inferred output columns)
 * @param columnsDeclared whether {@code columns} are all the input's columns; false for a source declared without
 *     columns, or a model whose analysis had {@link SqlAnalysis#columnsComplete()} false: the SQL may then also name
 *     other columns, which get a defaulted type (and are never UNKNOWN_COLUMN)
 * @param eventTimeColumn the event-time (watermarked) column, or null
 * @param proctimeColumn the processing-time column ({@code AS PROCTIME()}), or null
 * @param updating whether the input is itself a changelog with updates (an upsert topic of an updating model)
 */
public record InputRelation(String table, String nodeId, List<InputColumn> columns, boolean columnsDeclared,
        String eventTimeColumn, String proctimeColumn, boolean updating) {

    public InputRelation {
        if (table == null || table.isEmpty()) {
            throw new IllegalArgumentException("input table name must not be empty");
        }
        if (nodeId == null || nodeId.isBlank()) {
            throw new IllegalArgumentException("input node id must not be blank");
        }
        columns = columns == null ? List.of() : List.copyOf(columns);
        Set<String> names = new HashSet<>();
        for (InputColumn column : columns) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException("duplicate column '" + column.name() + "' in input " + nodeId);
            }
        }
        eventTimeColumn = eventTimeColumn == null || eventTimeColumn.isEmpty() ? null : eventTimeColumn;
        proctimeColumn = proctimeColumn == null || proctimeColumn.isEmpty() ? null : proctimeColumn;
    }

    /** An append-only input with declared columns and no time attributes. */
    public static InputRelation of(String table, String nodeId, List<InputColumn> columns) {
        return new InputRelation(table, nodeId, columns, true, null, null, false);
    }

    /** An append-only input whose columns were not declared. */
    public static InputRelation undeclared(String table, String nodeId) {
        return new InputRelation(table, nodeId, List.of(), false, null, null, false);
    }

    public InputRelation withEventTime(String column) {
        return new InputRelation(table, nodeId, columns, columnsDeclared, column, proctimeColumn, updating);
    }

    public InputRelation withProctime(String column) {
        return new InputRelation(table, nodeId, columns, columnsDeclared, eventTimeColumn, column, updating);
    }

    public InputRelation withUpdating(boolean value) {
        return new InputRelation(table, nodeId, columns, columnsDeclared, eventTimeColumn, proctimeColumn, value);
    }

    /** Whether the node is a source ({@code source.*} or {@code <project>:source.*}). */
    public boolean isSource() {
        int colon = nodeId.indexOf(':');
        return nodeId.startsWith("source.", colon + 1);
    }
}
