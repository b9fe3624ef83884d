package dev.streamt.lineage.graph;

import dev.streamt.contracts.manifest.NodeId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link ColumnGraph} of a federated graph from the columns and column lineage of its nodes. A column that
 * lineage mentions but its node does not declare (a source without declared columns) is added; across a topic join,
 * columns of the same name are linked, and a source that declares no columns takes the writing model's. Linear.
 */
final class ColumnGraphBuilder {

    private final LineageNode[] nodes;
    private final Map<String, Integer> index = new HashMap<>();
    private final IntList owners = new IntList();
    private final List<String> names = new ArrayList<>();
    private final List<IntList> out = new ArrayList<>();
    private final List<IntList> in = new ArrayList<>();
    private final IntList[] byNode;
    private final Set<Long> seen = new HashSet<>();

    private ColumnGraphBuilder(LineageNode[] nodes) {
        this.nodes = nodes;
        this.byNode = new IntList[nodes.length];
    }

    static ColumnGraph build(LineageNode[] nodes, Map<NodeId, Integer> nodeIndex, List<FederatedGraphBuilder.Join> joins) {
        ColumnGraphBuilder builder = new ColumnGraphBuilder(nodes);
        for (int i = 0; i < nodes.length; i++) {
            for (NodeColumn column : nodes[i].columns()) {
                builder.register(i, column.name());
            }
        }
        for (int i = 0; i < nodes.length; i++) {
            for (NodeColumn column : nodes[i].columns()) {
                int target = builder.register(i, column.name());
                for (ColumnRef upstream : column.lineage()) {
                    Integer node = nodeIndex.get(upstream.node());
                    if (node != null) {
                        builder.link(builder.register(node, upstream.column()), target);
                    }
                }
            }
        }
        for (FederatedGraphBuilder.Join join : joins) {
            builder.join(join.model(), join.source());
        }
        return builder.finish();
    }

    private int register(int node, String column) {
        String key = ColumnGraph.key(node, column);
        Integer existing = index.get(key);
        if (existing != null) {
            return existing;
        }
        int c = names.size();
        index.put(key, c);
        owners.add(node);
        names.add(column);
        out.add(null);
        in.add(null);
        (byNode[node] == null ? byNode[node] = new IntList() : byNode[node]).add(c);
        return c;
    }

    private void link(int from, int to) {
        if (from == to || !seen.add(((long) from << 32) | to)) {
            return;
        }
        if (out.get(from) == null) {
            out.set(from, new IntList());
        }
        if (in.get(to) == null) {
            in.set(to, new IntList());
        }
        out.get(from).add(to);
        in.get(to).add(from);
    }

    private void join(int model, int source) {
        int[] modelColumns = byNode[model] == null ? IntList.EMPTY : byNode[model].toArray();
        boolean sourceDeclaresColumns = !nodes[source].columns().isEmpty();
        for (int c : modelColumns) {
            String column = names.get(c);
            Integer existing = index.get(ColumnGraph.key(source, column));
            if (existing != null) {
                link(c, existing);
            } else if (!sourceDeclaresColumns) {
                link(c, register(source, column));
            }
        }
    }

    private ColumnGraph finish() {
        int count = names.size();
        return new ColumnGraph(owners.toArray(), names.toArray(new String[0]),
                IntList.toArrays(out.toArray(new IntList[0]), count), IntList.toArrays(in.toArray(new IntList[0]), count),
                Collections.unmodifiableMap(index), IntList.toArrays(byNode, byNode.length));
    }
}
