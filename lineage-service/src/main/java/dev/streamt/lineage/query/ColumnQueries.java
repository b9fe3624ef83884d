package dev.streamt.lineage.query;

import dev.streamt.lineage.graph.ColumnGraph;
import dev.streamt.lineage.problem.LineageProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Column-level lineage from the column lineage the manifests carry: which upstream columns one column is computed
 * from, and which downstream columns are computed from it, across projects. Linear in the answer. Stateless.
 */
public final class ColumnQueries {

    private ColumnQueries() {
    }

    public static ColumnTrace trace(ProjectView view, String node, String column, Direction direction, Integer depth) {
        if (depth != null && depth < 0) {
            throw LineageProblem.invalidParameter("depth", String.valueOf(depth), "it must be 0 or more");
        }
        int owner = NodeResolver.resolve(view, node);
        ColumnGraph columns = view.graph().columns();
        OptionalInt found = columns.indexOf(owner, column);
        if (found.isEmpty()) {
            List<String> known = new ArrayList<>();
            for (int c : columns.columnsOf(owner)) {
                known.add(columns.name(c));
            }
            throw LineageProblem.unknownColumn(view.displayId(owner), column, known);
        }
        int focus = found.getAsInt();
        Map<Integer, Integer> up = direction.upstream() ? Bfs.walk(focus, columns::upstreamOf, depth) : Map.of(focus, 0);
        Map<Integer, Integer> down = direction.downstream() ? Bfs.walk(focus, columns::downstreamOf, depth)
                : Map.of(focus, 0);
        Set<Subgraph.Link> edges = new LinkedHashSet<>();
        up.keySet().forEach(to -> {
            for (int from : columns.upstreamOf(to)) {
                if (up.containsKey(from)) {
                    edges.add(new Subgraph.Link(from, to));
                }
            }
        });
        down.keySet().forEach(from -> {
            for (int to : columns.downstreamOf(from)) {
                if (down.containsKey(to)) {
                    edges.add(new Subgraph.Link(from, to));
                }
            }
        });
        Map<Integer, Integer> distance = new HashMap<>();
        up.forEach((c, d) -> distance.put(c, -d));
        down.forEach(distance::put);
        List<Integer> ordered = new ArrayList<>(distance.keySet());
        Comparator<Integer> byNode = Comparator.comparingInt(c -> view.graph().rank(columns.owner(c)));
        ordered.sort(byNode.thenComparing(columns::name));
        return new ColumnTrace(view, focus, direction, depth, ordered, new ArrayList<>(edges), distance);
    }
}
