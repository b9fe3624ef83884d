package dev.streamt.lineage.query;

import dev.streamt.contracts.manifest.NodeId;
import dev.streamt.lineage.graph.FederatedGraph;
import dev.streamt.lineage.graph.LineageNode;
import dev.streamt.lineage.graph.ProjectGraph;
import dev.streamt.lineage.status.NodeStatus;
import java.util.Map;
import java.util.Objects;

/**
 * A project of an environment as one query sees it: the environment's joined graph (a consistent snapshot for the
 * whole query), the project whose ids are shown without a project prefix, and the deployment and test status of every
 * node. Immutable.
 *
 * @param statuses node status by qualified node id (absent: nothing was deployed or tested yet)
 */
public record ProjectView(String project, FederatedGraph graph, Map<NodeId, NodeStatus> statuses) {

    public ProjectView {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(graph, "graph");
        statuses = statuses == null ? Map.of() : statuses;
    }

    public String environment() {
        return graph.environment();
    }

    /** The graph of the viewed project (it exists: a view is only made for a known project). */
    public ProjectGraph projectGraph() {
        return graph.projects().get(project);
    }

    public LineageNode node(int i) {
        return graph.node(i);
    }

    /** The id as the API shows it: {@code model.x} for this project's nodes, {@code other:model.x} for others'. */
    public String displayId(int i) {
        NodeId id = graph.node(i).id();
        return project.equals(id.project()) ? id.local().value() : id.value();
    }

    /** The name as the ASCII tree shows it: {@code x}, or {@code other:x} for another project's node. */
    public String displayName(int i) {
        LineageNode node = graph.node(i);
        return project.equals(node.project()) ? node.name() : node.project() + ":" + node.name();
    }

    /** The status of node {@code i}, or null when it was never deployed or tested. */
    public NodeStatus status(int i) {
        return statuses.get(graph.node(i).id());
    }
}
