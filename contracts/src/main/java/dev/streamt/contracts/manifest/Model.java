package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;
import java.util.List;

/**
 * A model: a named transformation of sources and other models. Carries its effective {@code materialized} kind and
 * why it was chosen ({@code inferred_from}, like {@code "stateful: GROUP BY"}, or {@code "declared"}), the rendered
 * Flink {@code sql} (Jinja resolved; {@code null} for a sink without SQL), the node ids it {@code depends_on}, its
 * output {@code columns} with column-level lineage, documentation and governance ({@code description}, {@code owner},
 * {@code tags}, {@code group}, {@code access}), the partitioning {@code key} column and the {@code topic} that holds
 * its output ({@code null} for a sink).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Model(
        String name,
        Materialization materialized,
        @Nullable String inferredFrom,
        @Nullable String sql,
        List<NodeId> dependsOn,
        List<ModelColumn> columns,
        @Nullable String description,
        @Nullable String owner,
        List<String> tags,
        @Nullable String group,
        ModelAccess access,
        @Nullable String key,
        @Nullable String topic) {

    public Model {
        Require.nonBlank(name, "model name");
        Require.nonNull(materialized, "materialized");
        dependsOn = Require.list(dependsOn, "depends_on");
        columns = Require.list(columns, "columns");
        tags = Require.names(tags, "tags");
        Require.nullOrNonBlank(group, "group");
        access = access == null ? ModelAccess.PRIVATE : access;
        Require.nullOrNonBlank(key, "key");
        Require.nullOrNonBlank(topic, "topic");
    }

    /** The node id of this model: {@code model.<name>}. */
    public NodeId nodeId() {
        return NodeId.model(name);
    }
}
