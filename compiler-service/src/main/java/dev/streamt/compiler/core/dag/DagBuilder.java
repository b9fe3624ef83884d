package dev.streamt.compiler.core.dag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * Orders the project's nodes and finds every cycle, iteratively (a chain of 10,000 models must not overflow the stack).
 * Edges to nodes that are not declared are ignored here; the compiler reports them as missing references. Pure and
 * thread-safe.
 */
public final class DagBuilder {

    private DagBuilder() {
    }

    /**
     * @param nodes node ids in declaration order (the tie-break of the order, so the result is deterministic)
     */
    public static DagAnalysis analyze(List<String> nodes, List<DagEdgeSpec> edges) {
        Map<String, Integer> rank = new HashMap<>();
        Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (String node : nodes) {
            if (rank.putIfAbsent(node, rank.size()) == null) {
                graph.addVertex(node);
            }
        }
        boolean selfLoop = false;
        for (DagEdgeSpec edge : edges) {
            if (graph.containsVertex(edge.from()) && graph.containsVertex(edge.to())) {
                selfLoop |= edge.from().equals(edge.to());
                if (!graph.containsEdge(edge.from(), edge.to())) {
                    graph.addEdge(edge.from(), edge.to());
                }
            }
        }
        if (!selfLoop) {
            List<String> order = topologicalOrder(graph, rank);
            if (order.size() == graph.vertexSet().size()) {
                return new DagAnalysis(order, List.of());
            }
        }
        return new DagAnalysis(List.of(), Cycles.find(graph, rank));
    }

    private static List<String> topologicalOrder(Graph<String, DefaultEdge> graph, Map<String, Integer> rank) {
        List<String> order = new ArrayList<>(graph.vertexSet().size());
        try {
            new TopologicalOrderIterator<>(graph, (a, b) -> Integer.compare(rank.get(a), rank.get(b)))
                    .forEachRemaining(order::add);
        } catch (IllegalArgumentException e) {
            // JGraphT signals a cycle this way; the caller then names every cycle.
            return List.of();
        }
        return order;
    }

    /** Names cycles by walking the part of the graph that no topological order can reach. */
    static final class Cycles {

        private Cycles() {
        }

        static List<List<String>> find(Graph<String, DefaultEdge> graph, Map<String, Integer> rank) {
            Set<String> remaining = new HashSet<>(graph.vertexSet());
            List<List<String>> cycles = new ArrayList<>();
            prune(graph, remaining);
            while (!remaining.isEmpty()) {
                List<String> cycle = walkToCycle(graph, remaining, rank);
                cycles.add(cycle);
                cycle.forEach(remaining::remove);
                prune(graph, remaining);
            }
            return cycles;
        }

        /**
         * Removes, with a worklist, every node without a predecessor or without a successor left: such a node lies on no
         * cycle. Linear in nodes and edges.
         */
        private static void prune(Graph<String, DefaultEdge> graph, Set<String> remaining) {
            Map<String, int[]> degrees = new HashMap<>();
            java.util.ArrayDeque<String> work = new java.util.ArrayDeque<>();
            for (String node : remaining) {
                int[] d = {count(graph, node, remaining, false), count(graph, node, remaining, true)};
                degrees.put(node, d);
                if (d[0] == 0 || d[1] == 0) {
                    work.add(node);
                }
            }
            while (!work.isEmpty()) {
                String node = work.poll();
                if (!remaining.remove(node)) {
                    continue;
                }
                for (DefaultEdge e : graph.outgoingEdgesOf(node)) {
                    lower(graph.getEdgeTarget(e), 0, degrees, remaining, work);
                }
                for (DefaultEdge e : graph.incomingEdgesOf(node)) {
                    lower(graph.getEdgeSource(e), 1, degrees, remaining, work);
                }
            }
        }

        private static void lower(String node, int which, Map<String, int[]> degrees, Set<String> remaining,
                java.util.ArrayDeque<String> work) {
            if (remaining.contains(node) && --degrees.get(node)[which] == 0) {
                work.add(node);
            }
        }

        private static int count(Graph<String, DefaultEdge> graph, String node, Set<String> remaining,
                boolean outgoing) {
            int n = 0;
            for (DefaultEdge e : outgoing ? graph.outgoingEdgesOf(node) : graph.incomingEdgesOf(node)) {
                if (remaining.contains(outgoing ? graph.getEdgeTarget(e) : graph.getEdgeSource(e))) {
                    n++;
                }
            }
            return n;
        }

        /** From the first remaining node, follows the first remaining successor until a node repeats. */
        private static List<String> walkToCycle(Graph<String, DefaultEdge> graph, Set<String> remaining,
                Map<String, Integer> rank) {
            String start = first(remaining, rank);
            LinkedHashSet<String> path = new LinkedHashSet<>();
            String node = start;
            while (path.add(node)) {
                node = firstSuccessor(graph, node, remaining, rank);
            }
            List<String> cycle = new ArrayList<>();
            boolean inCycle = false;
            for (String n : path) {
                inCycle |= n.equals(node);
                if (inCycle) {
                    cycle.add(n);
                }
            }
            cycle.add(node);
            return cycle;
        }

        private static String first(Set<String> nodes, Map<String, Integer> rank) {
            String best = null;
            for (String n : nodes) {
                if (best == null || rank.get(n) < rank.get(best)) {
                    best = n;
                }
            }
            return best;
        }

        private static String firstSuccessor(Graph<String, DefaultEdge> graph, String node, Set<String> remaining,
                Map<String, Integer> rank) {
            Set<String> successors = new HashSet<>();
            for (DefaultEdge e : graph.outgoingEdgesOf(node)) {
                String target = graph.getEdgeTarget(e);
                if (remaining.contains(target)) {
                    successors.add(target);
                }
            }
            return first(successors, rank);
        }
    }
}
