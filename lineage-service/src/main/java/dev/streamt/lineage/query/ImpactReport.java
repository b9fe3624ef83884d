package dev.streamt.lineage.query;

import java.util.List;
import java.util.SortedSet;

/**
 * What a change to one node affects: every node downstream of it, by kind (models, of which sinks, exposures, tests,
 * and sources of other projects that read its topics), each with its distance, plus the owners to tell. Immutable.
 */
public record ImpactReport(ProjectView view, int focus, List<Affected> models, List<Affected> sinks,
        List<Affected> exposures, List<Affected> tests, List<Affected> sources, SortedSet<String> owners) {

    /** A node number at a distance from the changed node. */
    public record Affected(int node, int distance) {
    }

    public ImpactReport {
        models = List.copyOf(models);
        sinks = List.copyOf(sinks);
        exposures = List.copyOf(exposures);
        tests = List.copyOf(tests);
        sources = List.copyOf(sources);
        owners = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(owners));
    }

    /** The seed's one-line summary, like "Changes to orders_clean will affect: 2 models, 2 exposures". */
    public String summary() {
        String name = view.displayName(focus);
        if (models.isEmpty() && exposures.isEmpty() && sources.isEmpty() && tests.isEmpty()) {
            return "Changes to " + name + " affect nothing downstream";
        }
        List<String> parts = new java.util.ArrayList<>();
        count(parts, models.size(), "model");
        count(parts, exposures.size(), "exposure");
        count(parts, sources.size(), "source of other projects", "sources of other projects");
        count(parts, tests.size(), "test");
        return "Changes to " + name + " will affect: " + String.join(", ", parts);
    }

    private static void count(List<String> parts, int n, String one) {
        count(parts, n, one, one + "s");
    }

    private static void count(List<String> parts, int n, String one, String many) {
        if (n > 0) {
            parts.add(n + " " + (n == 1 ? one : many));
        }
    }
}
