package dev.streamt.lineage.graph;

import dev.streamt.contracts.changeset.ChangeTarget;
import dev.streamt.contracts.manifest.ColumnLineage;
import dev.streamt.contracts.manifest.DagEdge;
import dev.streamt.contracts.manifest.DagNode;
import dev.streamt.contracts.manifest.Exposure;
import dev.streamt.contracts.manifest.ExposureContact;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.contracts.manifest.Model;
import dev.streamt.contracts.manifest.ModelColumn;
import dev.streamt.contracts.manifest.NodeId;
import dev.streamt.contracts.manifest.Source;
import dev.streamt.contracts.manifest.SourceColumn;
import dev.streamt.contracts.manifest.TestDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a manifest into the {@link ProjectGraph} of its project: every id qualified with its project, the details the
 * queries show taken from the declared sources, models, tests and exposures. Linear in the size of the manifest.
 * Stateless and thread-safe.
 */
public final class ProjectGraphBuilder {

    private ProjectGraphBuilder() {
    }

    public static ProjectGraph build(Manifest manifest) {
        String project = manifest.projectName();
        GraphKey key = new GraphKey(project, manifest.environment());
        Map<NodeId, LineageNode> nodes = new LinkedHashMap<>();
        for (Source source : manifest.sources()) {
            nodes.put(qualify(source.nodeId(), project), sourceNode(source, project));
        }
        for (Model model : manifest.models()) {
            nodes.put(qualify(model.nodeId(), project), modelNode(model, project));
        }
        for (TestDefinition test : manifest.tests()) {
            nodes.put(qualify(test.nodeId(), project), new LineageNode(qualify(test.nodeId(), project), null, null,
                    List.of(), test.description(), null, null, List.of(), Map.of(), List.of(), null, true));
        }
        for (Exposure exposure : manifest.exposures()) {
            nodes.put(qualify(exposure.nodeId(), project), exposureNode(exposure, project));
        }
        // The DAG also lists nodes of other projects reached by cross-project ref(); keep them as references.
        for (DagNode node : manifest.dag().nodes()) {
            NodeId id = qualify(node.id(), project);
            nodes.computeIfAbsent(id, missing -> LineageNode.referenced(missing, node.materialized(), node.tags(),
                    node.owner()));
        }
        Set<Edge> edges = new LinkedHashSet<>();
        for (DagEdge edge : manifest.dag().edges()) {
            edges.add(new Edge(qualify(edge.from(), project), qualify(edge.to(), project)));
        }
        // depends_on says the same as the DAG; adding it keeps a manifest whose DAG omits an edge honest.
        for (Model model : manifest.models()) {
            for (NodeId upstream : model.dependsOn()) {
                NodeId from = qualify(upstream, project);
                nodes.computeIfAbsent(from, missing -> LineageNode.referenced(missing, null, List.of(), null));
                edges.add(new Edge(from, qualify(model.nodeId(), project)));
            }
        }
        return new ProjectGraph(key, manifest.id(), manifest.compiledAt(), List.copyOf(nodes.values()),
                List.copyOf(edges), artifactOwners(manifest, project), testTargets(manifest, project));
    }

    /** The id as seen from everywhere: a local id gets the manifest's project. */
    public static NodeId qualify(NodeId id, String project) {
        return id.hasProject() ? id : id.withProject(project);
    }

    private static LineageNode sourceNode(Source source, String project) {
        List<NodeColumn> columns = new ArrayList<>();
        for (SourceColumn column : source.columns()) {
            columns.add(new NodeColumn(column.name(), column.type(), column.description(),
                    column.classification() == null ? null : column.classification().wireValue(), List.of()));
        }
        return new LineageNode(qualify(source.nodeId(), project), null, source.owner(), source.tags(),
                source.description(), null, source.topic(), columns, Map.of(), List.of(), null, true);
    }

    private static LineageNode modelNode(Model model, String project) {
        List<NodeColumn> columns = new ArrayList<>();
        for (ModelColumn column : model.columns()) {
            List<ColumnRef> lineage = new ArrayList<>();
            for (ColumnLineage upstream : column.lineage()) {
                lineage.add(new ColumnRef(qualify(upstream.node(), project), upstream.column()));
            }
            columns.add(new NodeColumn(column.name(), column.type(), column.description(),
                    column.classification() == null ? null : column.classification().wireValue(), lineage));
        }
        return new LineageNode(qualify(model.nodeId(), project), model.materialized(), model.owner(), model.tags(),
                model.description(), model.sql(), model.topic(), columns, Map.of(), List.of(), null, true);
    }

    private static LineageNode exposureNode(Exposure exposure, String project) {
        List<String> contacts = new ArrayList<>();
        for (ExposureContact contact : exposure.contacts()) {
            contacts.add(contact.email() == null ? contact.name() : contact.name() + " <" + contact.email() + ">");
        }
        return new LineageNode(qualify(exposure.nodeId(), project), null, exposure.owner(), exposure.tags(),
                exposure.description(), null, null, List.of(), exposure.sla(), contacts, exposure.url(), true);
    }

    private static Map<String, NodeId> artifactOwners(Manifest manifest, String project) {
        Map<String, NodeId> owners = new HashMap<>();
        var artifacts = manifest.artifacts();
        artifacts.topics().forEach(a -> own(owners, ChangeTarget.KAFKA_TOPIC, a.name(), a.ownerNode(), project));
        artifacts.flinkJobs().forEach(a -> own(owners, ChangeTarget.FLINK_JOB, a.name(), a.ownerNode(), project));
        artifacts.connectors().forEach(a -> own(owners, ChangeTarget.CONNECTOR, a.name(), a.ownerNode(), project));
        artifacts.gatewayRules().forEach(a -> own(owners, ChangeTarget.GATEWAY_RULE, a.name(), a.ownerNode(), project));
        artifacts.schemas().forEach(a -> own(owners, ChangeTarget.SCHEMA, a.subject(), a.ownerNode(), project));
        return owners;
    }

    private static void own(Map<String, NodeId> owners, ChangeTarget target, String name, NodeId owner, String project) {
        if (owner != null) {
            owners.put(ProjectGraph.artifactKey(target.wireValue(), name), qualify(owner, project));
        }
    }

    private static Map<String, NodeId> testTargets(Manifest manifest, String project) {
        Map<String, NodeId> targets = new HashMap<>();
        for (TestDefinition test : manifest.tests()) {
            targets.put(test.name(), qualify(test.model(), project));
        }
        return targets;
    }
}
