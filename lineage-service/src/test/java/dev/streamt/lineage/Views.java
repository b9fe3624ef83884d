package dev.streamt.lineage;

import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.lineage.catalog.LineageCatalog;
import dev.streamt.lineage.graph.ProjectGraphBuilder;
import dev.streamt.lineage.query.ProjectView;
import java.util.ArrayList;
import java.util.List;

/** A catalog holding some manifests, for the core's unit tests. */
public final class Views {

    private Views() {
    }

    public static LineageCatalog catalog(Manifest... manifests) {
        LineageCatalog catalog = new LineageCatalog();
        List<LineageCatalog.GraphEntry> entries = new ArrayList<>();
        long revision = 1;
        for (Manifest manifest : manifests) {
            entries.add(new LineageCatalog.GraphEntry(ProjectGraphBuilder.build(manifest), revision++));
        }
        catalog.install(entries, List.of());
        return catalog;
    }

    public static ProjectView view(String project, Manifest... manifests) {
        return catalog(manifests).view(project, null);
    }
}
