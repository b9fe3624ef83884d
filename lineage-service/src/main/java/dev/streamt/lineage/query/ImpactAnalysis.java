package dev.streamt.lineage.query;

import dev.streamt.contracts.manifest.Materialization;
import dev.streamt.lineage.graph.FederatedGraph;
import dev.streamt.lineage.graph.LineageNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Impact analysis: everything downstream of a node, across projects, sorted by distance then topological order.
 * Linear in the downstream part of the graph. Stateless and thread-safe.
 */
public final class ImpactAnalysis {

    private ImpactAnalysis() {
    }

    public static ImpactReport of(ProjectView view, String node) {
        int focus = NodeResolver.resolve(view, node);
        FederatedGraph graph = view.graph();
        Map<Integer, Integer> downstream = Bfs.walk(focus, graph::downstreamOf, null);
        List<ImpactReport.Affected> affected = new ArrayList<>();
        downstream.forEach((i, d) -> {
            if (i != focus) {
                affected.add(new ImpactReport.Affected(i, d));
            }
        });
        affected.sort(Comparator.comparingInt(ImpactReport.Affected::distance)
                .thenComparingInt(a -> graph.rank(a.node())));
        List<ImpactReport.Affected> models = new ArrayList<>();
        List<ImpactReport.Affected> sinks = new ArrayList<>();
        List<ImpactReport.Affected> exposures = new ArrayList<>();
        List<ImpactReport.Affected> tests = new ArrayList<>();
        List<ImpactReport.Affected> sources = new ArrayList<>();
        SortedSet<String> owners = new TreeSet<>();
        for (ImpactReport.Affected a : affected) {
            LineageNode n = graph.node(a.node());
            switch (n.type()) {
                case MODEL -> {
                    models.add(a);
                    if (n.materialized() == Materialization.SINK) {
                        sinks.add(a);
                    }
                }
                case EXPOSURE -> exposures.add(a);
                case TEST -> tests.add(a);
                case SOURCE -> sources.add(a);
                default -> throw new IllegalStateException("unknown node type " + n.type());
            }
            if (n.owner() != null && n.type() != dev.streamt.contracts.manifest.NodeType.TEST) {
                owners.add(n.owner());
            }
        }
        return new ImpactReport(view, focus, models, sinks, exposures, tests, sources, owners);
    }
}
