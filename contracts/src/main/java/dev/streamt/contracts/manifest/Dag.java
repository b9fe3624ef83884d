package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Require;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The project graph: every source, model, test and exposure as a {@link DagNode} (plus nodes of other projects that
 * are referenced), the {@link DagEdge}s in the direction data flows, and a topological {@code order} of the node ids
 * (upstream first). Edges and order only mention declared nodes; node ids are unique.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Dag(List<DagNode> nodes, List<DagEdge> edges, List<NodeId> order) {

    /** A graph without nodes. */
    public static final Dag EMPTY = new Dag(List.of(), List.of(), List.of());

    public Dag {
        nodes = Require.list(nodes, "nodes");
        edges = Require.list(edges, "edges");
        order = Require.list(order, "order");
        Set<NodeId> ids = new HashSet<>();
        for (DagNode node : nodes) {
            if (!ids.add(node.id())) {
                throw new IllegalArgumentException("duplicate node " + node.id());
            }
        }
        for (DagEdge edge : edges) {
            if (!ids.contains(edge.from()) || !ids.contains(edge.to())) {
                throw new IllegalArgumentException("edge " + edge.from() + " -> " + edge.to()
                        + " mentions an unknown node");
            }
        }
        for (NodeId id : order) {
            if (!ids.contains(id)) {
                throw new IllegalArgumentException("order mentions unknown node " + id);
            }
        }
    }

    /** The node with this id, if any. */
    public Optional<DagNode> node(NodeId id) {
        return nodes.stream().filter(node -> node.id().equals(id)).findFirst();
    }
}
