package dev.streamt.lineage.api;

import dev.streamt.lineage.graph.ColumnGraph;
import dev.streamt.lineage.graph.ColumnRef;
import dev.streamt.lineage.graph.LineageNode;
import dev.streamt.lineage.graph.NodeColumn;
import dev.streamt.lineage.query.ColumnTrace;
import dev.streamt.lineage.query.ImpactReport;
import dev.streamt.lineage.query.ProjectView;
import dev.streamt.lineage.query.Subgraph;
import dev.streamt.lineage.render.Diagrams;
import dev.streamt.lineage.status.NodeStatus;
import java.util.ArrayList;
import java.util.List;

/** Translates the core's answers into the JSON bodies of {@link LineageJson}. Stateless. */
final class JsonViews {

    private JsonViews() {
    }

    static LineageJson.Lineage lineage(Subgraph subgraph) {
        ProjectView view = subgraph.view();
        List<LineageJson.Node> nodes = new ArrayList<>(subgraph.nodes().size());
        for (int i : subgraph.nodes()) {
            nodes.add(node(view, i, subgraph.distance().get(i)));
        }
        List<LineageJson.Edge> edges = new ArrayList<>(subgraph.edges().size());
        for (Subgraph.Link link : subgraph.edges()) {
            edges.add(new LineageJson.Edge(view.displayId(link.from()), view.displayId(link.to())));
        }
        return new LineageJson.Lineage(view.project(), view.environment(),
                subgraph.focus() == null ? null : view.displayId(subgraph.focus()),
                subgraph.focus() == null ? null : subgraph.direction().wireValue(), subgraph.depth(), subgraph.tag(),
                nodes, edges);
    }

    static LineageJson.Node node(ProjectView view, int i, Integer distance) {
        LineageNode node = view.node(i);
        String relation = distance == null ? null : distance == 0 ? "focus" : distance < 0 ? "upstream" : "downstream";
        return new LineageJson.Node(view.displayId(i), node.name(), node.type().wireValue(), node.kind(),
                node.materialized() == null ? null : node.materialized().wireValue(), node.project(), node.owner(),
                node.tags(), node.description(), node.topic(), distance == null ? null : Math.abs(distance), relation,
                node.declared(), status(view.status(i)));
    }

    static LineageJson.Status status(NodeStatus status) {
        if (status == null) {
            return null;
        }
        var d = status.deployment();
        var t = status.test();
        return new LineageJson.Status(
                d == null ? null : new LineageJson.Deployment(d.status(), d.deploymentId(), d.at(), d.error()),
                t == null ? null : new LineageJson.Test(t.status(), t.runId(), t.at(), t.error()));
    }

    static LineageJson.Impact impact(ImpactReport report) {
        ProjectView view = report.view();
        int total = report.models().size() + report.exposures().size() + report.tests().size()
                + report.sources().size();
        return new LineageJson.Impact(view.project(), view.environment(), view.displayId(report.focus()),
                report.summary(), total, affected(view, report.models()), affected(view, report.sinks()),
                affected(view, report.exposures()), affected(view, report.tests()), affected(view, report.sources()),
                List.copyOf(report.owners()));
    }

    private static List<LineageJson.Affected> affected(ProjectView view, List<ImpactReport.Affected> affected) {
        List<LineageJson.Affected> out = new ArrayList<>(affected.size());
        for (ImpactReport.Affected a : affected) {
            LineageNode node = view.node(a.node());
            out.add(new LineageJson.Affected(view.displayId(a.node()), node.name(), node.type().wireValue(),
                    node.kind(), node.project(), node.owner(), node.tags(), a.distance(), node.sla(), node.contacts(),
                    node.url(), status(view.status(a.node()))));
        }
        return out;
    }

    static LineageJson.ColumnLineage columns(ColumnTrace trace) {
        ProjectView view = trace.view();
        List<LineageJson.Column> upstream = new ArrayList<>();
        List<LineageJson.Column> downstream = new ArrayList<>();
        for (int c : trace.columns()) {
            int d = trace.distance().get(c);
            if (d < 0) {
                upstream.add(column(view, c, -d));
            } else if (d > 0) {
                downstream.add(column(view, c, d));
            }
        }
        List<LineageJson.Edge> edges = new ArrayList<>();
        for (Subgraph.Link link : trace.edges()) {
            edges.add(new LineageJson.Edge(Diagrams.columnId(view, link.from()), Diagrams.columnId(view, link.to())));
        }
        return new LineageJson.ColumnLineage(view.project(), view.environment(), column(view, trace.focus(), 0),
                trace.direction().wireValue(), trace.depth(), upstream, downstream, edges);
    }

    private static LineageJson.Column column(ProjectView view, int c, int distance) {
        ColumnGraph columns = view.graph().columns();
        int owner = columns.owner(c);
        NodeColumn declared = view.node(owner).column(columns.name(c));
        return new LineageJson.Column(Diagrams.columnId(view, c), view.displayId(owner), columns.name(c),
                declared == null ? null : declared.type(), view.node(owner).kind(), distance);
    }

    static LineageJson.NodeDetail detail(ProjectView view, int i) {
        LineageNode node = view.node(i);
        List<LineageJson.ColumnDetail> columns = new ArrayList<>();
        for (NodeColumn column : node.columns()) {
            List<LineageJson.ColumnSource> sources = new ArrayList<>();
            for (ColumnRef ref : column.lineage()) {
                String id = view.project().equals(ref.node().project()) ? ref.node().local().value() : ref.node().value();
                sources.add(new LineageJson.ColumnSource(id, ref.column()));
            }
            columns.add(new LineageJson.ColumnDetail(column.name(), column.type(), column.description(),
                    column.classification(), sources));
        }
        List<String> upstream = new ArrayList<>();
        for (int j : view.graph().upstreamOf(i)) {
            upstream.add(view.displayId(j));
        }
        List<String> downstream = new ArrayList<>();
        for (int j : view.graph().downstreamOf(i)) {
            downstream.add(view.displayId(j));
        }
        return new LineageJson.NodeDetail(node(view, i, null), node.sql(), columns, upstream, downstream, node.sla(),
                node.contacts(), node.url());
    }
}
