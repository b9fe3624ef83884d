package dev.streamt.lineage.query;

import dev.streamt.lineage.graph.FederatedGraph;
import dev.streamt.lineage.problem.LineageProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Model-level lineage: the whole project (its nodes and the nodes of other projects they touch), or the nodes
 * upstream and/or downstream of one node up to a depth, optionally only those carrying a tag. Each query is linear in
 * what it returns (plus the edges it looks at). Stateless and thread-safe.
 */
public final class LineageQueries {

    private LineageQueries() {
    }

    /**
     * @param node  the focused node id or name, or null for the whole project
     * @param depth the largest distance from the focus, or null for no limit
     * @param tag   keep only nodes with this tag (and the focus), or null
     */
    public static Subgraph lineage(ProjectView view, String node, Direction direction, Integer depth, String tag) {
        if (depth != null && depth < 0) {
            throw LineageProblem.invalidParameter("depth", String.valueOf(depth), "it must be 0 or more");
        }
        if (node == null || node.isBlank()) {
            return withTag(view, null, direction, depth, tag, wholeProject(view), Map.of());
        }
        int focus = NodeResolver.resolve(view, node);
        FederatedGraph graph = view.graph();
        Map<Integer, Integer> up = direction.upstream() ? Bfs.walk(focus, graph::upstreamOf, depth) : Map.of(focus, 0);
        Map<Integer, Integer> down = direction.downstream() ? Bfs.walk(focus, graph::downstreamOf, depth)
                : Map.of(focus, 0);
        Set<Subgraph.Link> edges = new LinkedHashSet<>();
        // Only edges inside one side: an edge from an upstream node straight to a downstream one bypasses the focus.
        up.keySet().forEach(to -> {
            for (int from : graph.upstreamOf(to)) {
                if (up.containsKey(from)) {
                    edges.add(new Subgraph.Link(from, to));
                }
            }
        });
        down.keySet().forEach(from -> {
            for (int to : graph.downstreamOf(from)) {
                if (down.containsKey(to)) {
                    edges.add(new Subgraph.Link(from, to));
                }
            }
        });
        Map<Integer, Integer> distance = new HashMap<>();
        up.forEach((i, d) -> distance.put(i, -d));
        down.forEach(distance::put);
        return withTag(view, focus, direction, depth, tag, new Selection(distance.keySet(), edges), distance);
    }

    private record Selection(Set<Integer> nodes, Set<Subgraph.Link> edges) {
    }

    private static Selection wholeProject(ProjectView view) {
        FederatedGraph graph = view.graph();
        Set<Integer> nodes = new HashSet<>();
        for (int i : graph.membersOf(view.project())) {
            nodes.add(i);
            // Nodes of other projects that feed or read this project's nodes belong to its picture.
            for (int j : graph.upstreamOf(i)) {
                nodes.add(j);
            }
            for (int j : graph.downstreamOf(i)) {
                nodes.add(j);
            }
        }
        Set<Subgraph.Link> edges = new LinkedHashSet<>();
        for (int from : nodes) {
            for (int to : graph.downstreamOf(from)) {
                if (nodes.contains(to)) {
                    edges.add(new Subgraph.Link(from, to));
                }
            }
        }
        return new Selection(nodes, edges);
    }

    private static Subgraph withTag(ProjectView view, Integer focus, Direction direction, Integer depth, String tag,
            Selection selection, Map<Integer, Integer> distance) {
        Set<Integer> kept = selection.nodes();
        if (tag != null && !tag.isBlank()) {
            kept = new HashSet<>();
            for (int i : selection.nodes()) {
                if ((focus != null && i == focus) || view.node(i).tags().contains(tag)) {
                    kept.add(i);
                }
            }
        }
        List<Integer> ordered = new ArrayList<>(kept);
        FederatedGraph graph = view.graph();
        ordered.sort(Comparator.comparingInt(graph::rank));
        List<Subgraph.Link> edges = new ArrayList<>();
        for (Subgraph.Link link : selection.edges()) {
            if (kept.contains(link.from()) && kept.contains(link.to())) {
                edges.add(link);
            }
        }
        edges.sort(Comparator.<Subgraph.Link>comparingInt(l -> graph.rank(l.from())).thenComparingInt(l -> graph.rank(l.to())));
        Map<Integer, Integer> keptDistance = new HashMap<>();
        for (int i : kept) {
            Integer d = distance.get(i);
            if (d != null) {
                keptDistance.put(i, d);
            }
        }
        return new Subgraph(view, focus, direction, depth, tag == null || tag.isBlank() ? null : tag, ordered, edges,
                keptDistance);
    }
}
