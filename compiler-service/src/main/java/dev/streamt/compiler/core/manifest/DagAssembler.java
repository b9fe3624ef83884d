package dev.streamt.compiler.core.manifest;

import dev.streamt.compiler.core.dag.DagAnalysis;
import dev.streamt.compiler.core.dag.DagBuilder;
import dev.streamt.compiler.core.dag.DagEdgeSpec;
import dev.streamt.compiler.core.plan.ModelPlan;
import dev.streamt.compiler.core.plan.ProjectPlan;
import dev.streamt.compiler.core.project.ExposureDefinition;
import dev.streamt.compiler.core.project.InputRef;
import dev.streamt.compiler.core.project.ProjectDefinition;
import dev.streamt.compiler.core.project.TestDefinition;
import dev.streamt.contracts.manifest.Dag;
import dev.streamt.contracts.manifest.DagEdge;
import dev.streamt.contracts.manifest.DagNode;
import dev.streamt.contracts.manifest.NodeId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The manifest's DAG: every source, model, test and exposure (and the other projects' models read), every edge kind
 * (source→model, model→model, model→sink, model/source→test, inputs→exposure, exposure→what it produces), and the order
 * in which they can be deployed. An exposure's produce edges do not constrain the order: an application may write a
 * topic it also reads downstream. Pure.
 */
final class DagAssembler {

    private DagAssembler() {
    }

    static Dag dag(ProjectPlan plan) {
        ProjectDefinition p = plan.project();
        Map<String, DagNode> nodes = new LinkedHashMap<>();
        p.sources().forEach(s -> put(nodes, DagNode.of(NodeId.source(s.name()), null, s.tags(), s.owner())));
        for (ModelPlan m : plan.models()) {
            m.dependsOn().stream().filter(d -> d.contains(":"))
                    .forEach(d -> put(nodes, DagNode.of(NodeId.parse(d), null, List.of(), null)));
        }
        p.models().forEach(d -> plan.model(d.name()).ifPresent(m -> put(nodes,
                DagNode.of(NodeId.model(d.name()), m.materialized(), d.tags(), d.owner()))));
        p.tests().forEach(t -> put(nodes, DagNode.of(NodeId.test(t.name()), null, List.of(), null)));
        p.exposures().forEach(e -> put(nodes, DagNode.of(NodeId.exposure(e.name()), null, e.tags(), e.owner())));

        Set<DagEdgeSpec> ordering = new LinkedHashSet<>();
        for (ModelPlan m : plan.models()) {
            m.dependsOn().forEach(d -> ordering.add(new DagEdgeSpec(d, m.nodeId())));
        }
        for (TestDefinition t : p.tests()) {
            Nodes.testTarget(p, t.model()).ifPresent(target -> ordering.add(new DagEdgeSpec(target, "test." + t.name())));
        }
        Set<DagEdgeSpec> produced = new LinkedHashSet<>();
        for (ExposureDefinition e : p.exposures()) {
            String exposure = "exposure." + e.name();
            List<InputRef> reads = new ArrayList<>(e.consumes());
            reads.addAll(e.dependsOn());
            reads.forEach(r -> Nodes.of(p, r).ifPresent(n -> ordering.add(new DagEdgeSpec(n, exposure))));
            e.produces().forEach(r -> Nodes.of(p, r).ifPresent(n -> produced.add(new DagEdgeSpec(exposure, n))));
        }
        DagAnalysis order = DagBuilder.analyze(new ArrayList<>(nodes.keySet()), new ArrayList<>(ordering));
        List<DagEdge> edges = new ArrayList<>();
        ordering.forEach(e -> edges.add(new DagEdge(NodeId.parse(e.from()), NodeId.parse(e.to()))));
        produced.stream().filter(e -> !ordering.contains(e))
                .forEach(e -> edges.add(new DagEdge(NodeId.parse(e.from()), NodeId.parse(e.to()))));
        return new Dag(new ArrayList<>(nodes.values()), edges, order.order().stream().map(NodeId::parse).toList());
    }

    private static void put(Map<String, DagNode> nodes, DagNode node) {
        nodes.putIfAbsent(node.id().value(), node);
    }
}
