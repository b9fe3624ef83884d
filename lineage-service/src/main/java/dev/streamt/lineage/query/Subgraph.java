package dev.streamt.lineage.query;

import java.util.List;
import java.util.Map;

/**
 * The answer to a lineage query: node numbers of a {@link ProjectView}'s graph in topological order (upstream first),
 * the edges between them, and each node's signed distance from the focused node (negative upstream, 0 the focus,
 * positive downstream; absent without focus). Immutable.
 *
 * @param focus the focused node number, or null for a whole-project query
 */
public record Subgraph(ProjectView view, Integer focus, Direction direction, Integer depth, String tag,
        List<Integer> nodes, List<Link> edges, Map<Integer, Integer> distance) {

    /** An edge between two node numbers. */
    public record Link(int from, int to) {
    }

    public Subgraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        distance = Map.copyOf(distance);
    }
}
