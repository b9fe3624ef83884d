package dev.streamt.lineage.status;

import dev.streamt.contracts.manifest.NodeId;
import dev.streamt.lineage.graph.ProjectGraph;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places deployment and test outcomes on the nodes of a project's graph: an artifact belongs to its manifest's
 * {@code owner_node}, a test result to its test node and to the node the test checks. Resolved again whenever the graph
 * or the outcomes change, so a new manifest that moves an artifact to another node moves its status too. Stateless.
 */
public final class StatusResolver {

    private static final List<String> TEST_SEVERITY = List.of("failed", "error", "passed", "skipped");

    private StatusResolver() {
    }

    public static Map<NodeId, NodeStatus> resolve(ProjectGraph graph, Collection<ArtifactState> artifacts,
            Collection<TestState> tests) {
        Map<NodeId, ArtifactState> latest = new HashMap<>();
        Map<NodeId, ArtifactState> failure = new HashMap<>();
        for (ArtifactState state : artifacts) {
            NodeId owner = graph.artifactOwners().get(ProjectGraph.artifactKey(state.target(), state.name()));
            if (owner == null) {
                continue;
            }
            latest.merge(owner, state, (a, b) -> b.supersedes(a) ? b : a);
            if (state.status().equals("failed")) {
                failure.merge(owner, state, (a, b) -> b.supersedes(a) ? b : a);
            }
        }
        Map<NodeId, DeploymentMark> deployments = new HashMap<>();
        latest.forEach((node, top) -> {
            ArtifactState failed = failure.get(node);
            deployments.put(node, failed == null
                    ? new DeploymentMark(top.status(), top.deploymentId(), top.at(), null)
                    : new DeploymentMark("failed", top.deploymentId(), top.at(), failed.error()));
        });
        Map<NodeId, TestMark> testMarks = new HashMap<>();
        for (TestState state : tests) {
            NodeId testNode = NodeId.test(state.test()).withProject(graph.key().project());
            merge(testMarks, testNode, state);
            NodeId checked = graph.testTargets().get(state.test());
            if (checked != null) {
                merge(testMarks, checked, state);
            }
        }
        Map<NodeId, NodeStatus> statuses = new HashMap<>();
        deployments.forEach((node, mark) -> statuses.put(node, new NodeStatus(mark, testMarks.get(node))));
        testMarks.forEach((node, mark) -> statuses.putIfAbsent(node, new NodeStatus(null, mark)));
        return statuses;
    }

    private static void merge(Map<NodeId, TestMark> marks, NodeId node, TestState state) {
        TestMark current = marks.get(node);
        if (current == null) {
            marks.put(node, new TestMark(state.status(), state.runId(), state.at(), state.error()));
            return;
        }
        boolean worse = severity(state.status()) < severity(current.status());
        String status = worse ? state.status() : current.status();
        String error = worse ? state.error() : current.error();
        boolean later = state.at().isAfter(current.at());
        marks.put(node, new TestMark(status, later ? state.runId() : current.runId(),
                later ? state.at() : current.at(), error));
    }

    private static int severity(String status) {
        int i = TEST_SEVERITY.indexOf(status);
        return i < 0 ? TEST_SEVERITY.size() : i;
    }
}
