package dev.streamt.lineage.graph;

import dev.streamt.contracts.manifest.NodeId;
import dev.streamt.contracts.manifest.NodeType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Joins the graphs of every project of one environment into a {@link FederatedGraph}. Linear in nodes, edges and
 * columns (hash maps, no nested scans), iterative throughout. Stateless and thread-safe.
 */
public final class FederatedGraphBuilder {

    private FederatedGraphBuilder() {
    }

    /** A pair of node numbers joined because a source reads the topic a model of another project writes. */
    record Join(int model, int source) {
    }

    public static FederatedGraph build(String environment, Collection<ProjectGraph> graphs) {
        SortedMap<String, ProjectGraph> projects = new TreeMap<>();
        for (ProjectGraph graph : graphs) {
            if (!graph.key().environment().equals(environment)) {
                throw new IllegalArgumentException(graph.key() + " is not of environment " + environment);
            }
            projects.put(graph.key().project(), graph);
        }
        List<LineageNode> nodes = new ArrayList<>();
        Map<NodeId, Integer> index = new HashMap<>();
        // A project's own declaration wins over what other projects say about its node by reference.
        for (ProjectGraph graph : projects.values()) {
            for (LineageNode node : graph.nodes()) {
                if (node.declared()) {
                    index.put(node.id(), nodes.size());
                    nodes.add(node);
                }
            }
        }
        for (ProjectGraph graph : projects.values()) {
            for (LineageNode node : graph.nodes()) {
                if (!node.declared() && !index.containsKey(node.id())) {
                    index.put(node.id(), nodes.size());
                    nodes.add(node);
                }
            }
        }
        int n = nodes.size();
        IntList[] out = new IntList[n];
        IntList[] in = new IntList[n];
        Set<Long> seen = new HashSet<>();
        for (ProjectGraph graph : projects.values()) {
            for (Edge edge : graph.edges()) {
                link(index.get(edge.from()), index.get(edge.to()), out, in, seen);
            }
        }
        List<Join> joins = topicJoins(nodes);
        for (Join join : joins) {
            link(join.model(), join.source(), out, in, seen);
        }
        Map<String, IntList> memberLists = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            memberLists.computeIfAbsent(nodes.get(i).project(), p -> new IntList()).add(i);
        }
        Map<String, int[]> members = new HashMap<>();
        memberLists.forEach((project, list) -> members.put(project, list.toArray()));
        int[][] outArrays = IntList.toArrays(out, n);
        int[][] inArrays = IntList.toArrays(in, n);
        LineageNode[] nodeArray = nodes.toArray(new LineageNode[0]);
        ColumnGraph columns = ColumnGraphBuilder.build(nodeArray, index, joins);
        return new FederatedGraph(environment, nodeArray, outArrays, inArrays, topologicalRanks(outArrays, inArrays),
                Collections.unmodifiableMap(index), Collections.unmodifiableSortedMap(projects), members, columns);
    }

    private static void link(Integer from, Integer to, IntList[] out, IntList[] in, Set<Long> seen) {
        if (from == null || to == null || from.equals(to) || !seen.add(((long) from << 32) | to)) {
            return;
        }
        (out[from] == null ? out[from] = new IntList() : out[from]).add(to);
        (in[to] == null ? in[to] = new IntList() : in[to]).add(from);
    }

    private static List<Join> topicJoins(List<LineageNode> nodes) {
        Map<String, List<Integer>> writers = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            LineageNode node = nodes.get(i);
            if (node.declared() && node.type() == NodeType.MODEL && node.topic() != null) {
                writers.computeIfAbsent(node.topic(), t -> new ArrayList<>()).add(i);
            }
        }
        List<Join> joins = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            LineageNode node = nodes.get(i);
            if (node.declared() && node.type() == NodeType.SOURCE && node.topic() != null) {
                for (int model : writers.getOrDefault(node.topic(), List.of())) {
                    if (!nodes.get(model).project().equals(node.project())) {
                        joins.add(new Join(model, i));
                    }
                }
            }
        }
        return joins;
    }

    /** Kahn's algorithm; nodes on a cycle (possible only across projects) follow in number order. */
    private static int[] topologicalRanks(int[][] out, int[][] in) {
        int n = out.length;
        int[] pending = new int[n];
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            pending[i] = in[i].length;
            if (pending[i] == 0) {
                ready.add(i);
            }
        }
        int[] rank = new int[n];
        java.util.Arrays.fill(rank, -1);
        int next = 0;
        while (!ready.isEmpty()) {
            int i = ready.poll();
            rank[i] = next++;
            for (int d : out[i]) {
                if (--pending[d] == 0) {
                    ready.add(d);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (rank[i] < 0) {
                rank[i] = next++;
            }
        }
        return rank;
    }
}
