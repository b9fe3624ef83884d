package dev.streamt.lineage.graph;

import java.util.List;
import java.util.Objects;

/**
 * A column of a source or a model as the lineage graph keeps it: name, type, description, classification and the
 * upstream columns it is computed from (empty for source columns and literals).
 */
public record NodeColumn(String name, String type, String description, String classification, List<ColumnRef> lineage) {

    public NodeColumn {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("column name must not be blank");
        }
        lineage = List.copyOf(Objects.requireNonNullElse(lineage, List.of()));
    }
}
