package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Require;

/** One upstream column an output column is computed from: the upstream {@code node} and its {@code column}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ColumnLineage(NodeId node, String column) {

    public ColumnLineage {
        Require.nonNull(node, "lineage.node");
        Require.nonBlank(column, "lineage.column");
    }
}
