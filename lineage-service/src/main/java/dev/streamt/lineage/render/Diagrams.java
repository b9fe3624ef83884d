package dev.streamt.lineage.render;

import dev.streamt.contracts.manifest.Materialization;
import dev.streamt.lineage.graph.ColumnGraph;
import dev.streamt.lineage.graph.LineageNode;
import dev.streamt.lineage.query.ColumnTrace;
import dev.streamt.lineage.query.ProjectView;
import dev.streamt.lineage.query.Subgraph;
import java.util.ArrayList;
import java.util.List;

/** Turns query answers into {@link Diagram}s for the text renderers. Stateless. */
public final class Diagrams {

    private Diagrams() {
    }

    public static Diagram of(Subgraph subgraph) {
        ProjectView view = subgraph.view();
        List<Diagram.Node> nodes = new ArrayList<>();
        for (int i : subgraph.nodes()) {
            LineageNode node = view.node(i);
            boolean focus = subgraph.focus() != null && subgraph.focus() == i;
            nodes.add(new Diagram.Node(view.displayId(i), view.displayName(i), node.kind(), style(node), focus));
        }
        List<Diagram.Link> edges = new ArrayList<>();
        for (Subgraph.Link link : subgraph.edges()) {
            edges.add(new Diagram.Link(view.displayId(link.from()), view.displayId(link.to())));
        }
        return new Diagram(nodes, edges);
    }

    public static Diagram of(ColumnTrace trace) {
        ProjectView view = trace.view();
        ColumnGraph columns = view.graph().columns();
        List<Diagram.Node> nodes = new ArrayList<>();
        for (int c : trace.columns()) {
            int owner = columns.owner(c);
            LineageNode node = view.node(owner);
            nodes.add(new Diagram.Node(columnId(view, c), view.displayName(owner) + "." + columns.name(c),
                    node.kind(), style(node), c == trace.focus()));
        }
        List<Diagram.Link> edges = new ArrayList<>();
        for (Subgraph.Link link : trace.edges()) {
            edges.add(new Diagram.Link(columnId(view, link.from()), columnId(view, link.to())));
        }
        return new Diagram(nodes, edges);
    }

    /** {@code model.orders_clean.amount}: the node id as the API shows it, a dot, the column. */
    public static String columnId(ProjectView view, int column) {
        ColumnGraph columns = view.graph().columns();
        return view.displayId(columns.owner(column)) + "." + columns.name(column);
    }

    /** The colour family of a node: its type, or for a model its materialization when that has its own colour. */
    public static String style(LineageNode node) {
        return switch (node.type()) {
            case SOURCE -> "source";
            case TEST -> "test";
            case EXPOSURE -> "exposure";
            case MODEL -> node.materialized() == Materialization.SINK ? "sink"
                    : node.materialized() == Materialization.FLINK ? "flink" : "model";
        };
    }

    /** Renders a diagram in a text format (not JSON, which the HTTP adapter writes from the answer itself). */
    public static String render(Diagram diagram, Format format) {
        return switch (format) {
            case ASCII -> AsciiTree.render(diagram);
            case MERMAID -> MermaidRenderer.render(diagram);
            case DOT -> DotRenderer.render(diagram);
            case JSON -> throw new IllegalArgumentException("JSON is written by the HTTP adapter");
        };
    }
}
