package dev.streamt.lineage.graph;

import dev.streamt.contracts.manifest.NodeId;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The lineage graph of every project of one environment joined into one: a project's source whose topic is another
 * project's model topic gets an edge from that model, and a cross-project ref() meets the referenced project's own node.
 * Nodes are numbered; adjacency is kept as int arrays both ways so traversals are linear and allocation-light.
 * Immutable and thread-safe once built by {@link FederatedGraphBuilder}; a new manifest builds a new instance.
 */
public final class FederatedGraph {

    private final String environment;
    private final LineageNode[] nodes;
    private final int[][] out;
    private final int[][] in;
    private final int[] rank;
    private final Map<NodeId, Integer> index;
    private final SortedMap<String, ProjectGraph> projects;
    private final Map<String, int[]> members;
    private final ColumnGraph columns;

    FederatedGraph(String environment, LineageNode[] nodes, int[][] out, int[][] in, int[] rank,
            Map<NodeId, Integer> index, SortedMap<String, ProjectGraph> projects, Map<String, int[]> members,
            ColumnGraph columns) {
        this.environment = environment;
        this.nodes = nodes;
        this.out = out;
        this.in = in;
        this.rank = rank;
        this.index = index;
        this.projects = projects;
        this.members = members;
        this.columns = columns;
    }

    public String environment() {
        return environment;
    }

    public int size() {
        return nodes.length;
    }

    public LineageNode node(int i) {
        return nodes[i];
    }

    /** The nodes data flows to from node {@code i}. The array is shared: never modify it. */
    public int[] downstreamOf(int i) {
        return out[i];
    }

    /** The nodes data flows from into node {@code i}. The array is shared: never modify it. */
    public int[] upstreamOf(int i) {
        return in[i];
    }

    /** The position of node {@code i} in a topological order of the whole graph (upstream first). */
    public int rank(int i) {
        return rank[i];
    }

    /** The number of the node with this qualified id. */
    public Optional<Integer> indexOf(NodeId qualifiedId) {
        return Optional.ofNullable(index.get(qualifiedId));
    }

    /** The projects of this environment with their graphs, by name. */
    public SortedMap<String, ProjectGraph> projects() {
        return projects;
    }

    /** The numbers of the nodes that belong to a project (empty for an unknown one). Never modify the array. */
    public int[] membersOf(String project) {
        return members.getOrDefault(project, IntList.EMPTY);
    }

    public ColumnGraph columns() {
        return columns;
    }
}
