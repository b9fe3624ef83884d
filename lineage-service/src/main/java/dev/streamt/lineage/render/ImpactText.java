package dev.streamt.lineage.render;

import dev.streamt.lineage.graph.LineageNode;
import dev.streamt.lineage.query.ImpactReport;
import dev.streamt.lineage.query.ProjectView;
import java.util.List;
import java.util.Map;

/**
 * The impact report as the CLI prints it (seed document "DAG &amp; Lineage"), followed by the owners to tell and the
 * SLAs at stake. Stateless.
 */
public final class ImpactText {

    private ImpactText() {
    }

    public static String render(ImpactReport report) {
        ProjectView view = report.view();
        String name = view.displayName(report.focus());
        if (report.models().isEmpty() && report.exposures().isEmpty() && report.sources().isEmpty()
                && report.tests().isEmpty()) {
            return "Changes to " + name + " affect nothing downstream.\n";
        }
        StringBuilder out = new StringBuilder("⚠️ Changes to ").append(name).append(" will affect:\n");
        line(out, view, report.models(), "model", "models");
        line(out, view, report.exposures(), "exposure", "exposures");
        line(out, view, report.sources(), "source of other projects", "sources of other projects");
        line(out, view, report.tests(), "test", "tests");
        if (!report.owners().isEmpty()) {
            out.append("Owners to notify: ").append(String.join(", ", report.owners())).append('\n');
        }
        for (ImpactReport.Affected exposure : report.exposures()) {
            LineageNode node = view.node(exposure.node());
            if (!node.sla().isEmpty()) {
                out.append("SLA of ").append(view.displayName(exposure.node())).append(": ").append(sla(node.sla()))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, ProjectView view, List<ImpactReport.Affected> affected, String one,
            String many) {
        if (affected.isEmpty()) {
            return;
        }
        out.append("- ").append(affected.size()).append(' ').append(affected.size() == 1 ? one : many).append(": ");
        for (int i = 0; i < affected.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(view.displayName(affected.get(i).node()));
        }
        out.append('\n');
    }

    private static String sla(Map<String, Object> sla) {
        StringBuilder out = new StringBuilder();
        sla.forEach((key, value) -> out.append(out.length() == 0 ? "" : ", ").append(key).append('=').append(value));
        return out.toString();
    }
}
