package dev.streamt.lineage.graph;

import dev.streamt.contracts.manifest.NodeId;
import java.util.Objects;

/**
 * One column of one node: the unit of column-level lineage. The node id is always qualified with its project, so a
 * reference means the same column whichever project's manifest mentioned it.
 */
public record ColumnRef(NodeId node, String column) {

    public ColumnRef {
        Objects.requireNonNull(node, "node");
        if (!node.hasProject()) {
            throw new IllegalArgumentException("column reference needs a qualified node id, got " + node);
        }
        if (column == null || column.isBlank()) {
            throw new IllegalArgumentException("column name must not be blank");
        }
    }
}
