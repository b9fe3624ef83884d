package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;
import java.util.List;

/**
 * A node of the project graph: its {@code id}, {@code name} and {@code type} (which agree with the id), the
 * {@code materialized} kind for models ({@code null} for other nodes), {@code tags} and {@code owner}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DagNode(
        NodeId id,
        String name,
        NodeType type,
        @Nullable Materialization materialized,
        List<String> tags,
        @Nullable String owner) {

    public DagNode {
        Require.nonNull(id, "node id");
        Require.nonBlank(name, "node name");
        Require.nonNull(type, "node type");
        if (id.type() != type || !id.name().equals(name)) {
            throw new IllegalArgumentException("node " + id + " does not agree with its name '" + name
                    + "' and type '" + type + "'");
        }
        tags = Require.names(tags, "tags");
    }

    /** A node whose name and type are taken from its id. */
    public static DagNode of(NodeId id, Materialization materialized, List<String> tags, String owner) {
        return new DagNode(id, id.name(), id.type(), materialized, tags, owner);
    }
}
