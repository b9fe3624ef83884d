package dev.streamt.lineage.graph;

import dev.streamt.contracts.manifest.NodeId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The lineage graph of one project in one environment, as its latest manifest describes it: its nodes (with the nodes
 * of other projects it references), its edges, which node owns each deployable artifact (to place deployment status)
 * and which node each test checks. Immutable; built by {@link ProjectGraphBuilder}.
 *
 * @param artifactOwners {@code <target>:<name>} (like {@code kafka_topic:shop.orders.clean}) to the owning node
 * @param testTargets    test name to the node it checks
 */
public record ProjectGraph(
        GraphKey key,
        String manifestId,
        Instant compiledAt,
        List<LineageNode> nodes,
        List<Edge> edges,
        Map<String, NodeId> artifactOwners,
        Map<String, NodeId> testTargets) {

    public ProjectGraph {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(manifestId, "manifestId");
        Objects.requireNonNull(compiledAt, "compiledAt");
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        artifactOwners = Map.copyOf(artifactOwners);
        testTargets = Map.copyOf(testTargets);
    }

    /** The key of a deployable artifact in {@link #artifactOwners()}. */
    public static String artifactKey(String target, String name) {
        return target + ":" + name;
    }
}
