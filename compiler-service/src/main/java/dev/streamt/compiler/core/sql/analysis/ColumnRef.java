package dev.streamt.compiler.core.sql.analysis;

/**
 * One upstream column an output column derives from (column-level lineage). Immutable and thread-safe.
 *
 * @param node the input's DAG node id, like {@code source.orders_raw}
 * @param column the input column name
 */
public record ColumnRef(String node, String column) {

    public ColumnRef {
        if (node == null || node.isBlank() || column == null || column.isEmpty()) {
            throw new IllegalArgumentException("lineage needs a node and a column");
        }
    }
}
