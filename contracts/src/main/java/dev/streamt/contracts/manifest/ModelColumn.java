package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;
import java.util.List;

/**
 * An output column of a model: {@code name}, the Flink SQL {@code type} inferred through the DAG, optional
 * {@code description} and {@code classification}, and its column-level {@code lineage} (the upstream columns it is
 * computed from; empty for literals).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ModelColumn(
        String name,
        @Nullable String type,
        @Nullable String description,
        @Nullable Classification classification,
        List<ColumnLineage> lineage) {

    public ModelColumn {
        Require.nonBlank(name, "column name");
        Require.nullOrNonBlank(type, "column type");
        lineage = Require.list(lineage, "lineage");
    }
}
