package dev.streamt.lineage.graph;

import java.util.Map;
import java.util.OptionalInt;

/**
 * Column-level lineage of a {@link FederatedGraph}: every known column of every node, numbered, with edges from each
 * upstream column to the columns computed from it. Immutable and thread-safe.
 */
public final class ColumnGraph {

    private final int[] owner;
    private final String[] name;
    private final int[][] out;
    private final int[][] in;
    private final Map<String, Integer> index;
    private final int[][] byNode;

    ColumnGraph(int[] owner, String[] name, int[][] out, int[][] in, Map<String, Integer> index, int[][] byNode) {
        this.byNode = byNode;
        this.owner = owner;
        this.name = name;
        this.out = out;
        this.in = in;
        this.index = index;
    }

    static String key(int node, String column) {
        return node + "\u0000" + column;
    }

    public int size() {
        return owner.length;
    }

    /** The column {@code column} of node number {@code node}, if known. */
    public OptionalInt indexOf(int node, String column) {
        Integer i = index.get(key(node, column));
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** The columns of node number {@code node}, in the order they became known. Shared array: never modify it. */
    public int[] columnsOf(int node) {
        return byNode[node];
    }

    /** The node number that column {@code c} belongs to. */
    public int owner(int c) {
        return owner[c];
    }

    public String name(int c) {
        return name[c];
    }

    /** Columns computed from column {@code c}. Shared array: never modify it. */
    public int[] downstreamOf(int c) {
        return out[c];
    }

    /** Columns column {@code c} is computed from. Shared array: never modify it. */
    public int[] upstreamOf(int c) {
        return in[c];
    }
}
