package dev.streamt.lineage.query;

import java.util.List;
import java.util.Map;

/**
 * The answer to a column-level lineage query: column numbers of the view's {@link dev.streamt.lineage.graph.ColumnGraph}
 * in topological order of their nodes, the edges between them and each one's signed distance from the focused column
 * (negative upstream). Immutable.
 */
public record ColumnTrace(ProjectView view, int focus, Direction direction, Integer depth, List<Integer> columns,
        List<Subgraph.Link> edges, Map<Integer, Integer> distance) {

    public ColumnTrace {
        columns = List.copyOf(columns);
        edges = List.copyOf(edges);
        distance = Map.copyOf(distance);
    }
}
