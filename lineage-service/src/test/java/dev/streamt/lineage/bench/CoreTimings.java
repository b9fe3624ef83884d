package dev.streamt.lineage.bench;

import dev.streamt.lineage.catalog.LineageCatalog;
import dev.streamt.lineage.graph.ProjectGraphBuilder;
import dev.streamt.lineage.query.Direction;
import dev.streamt.lineage.query.ImpactAnalysis;
import dev.streamt.lineage.query.LineageQueries;
import dev.streamt.lineage.query.ProjectView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The same graph and queries inside this JVM, without HTTP: the time the core itself takes per query, which the
 * machine's other load disturbs far less than a round trip through two processes.
 */
final class CoreTimings {

    private static final int ROUNDS = 20_000;

    private CoreTimings() {
    }

    static void run(int projects, String environment) {
        long start = System.nanoTime();
        List<LineageCatalog.GraphEntry> entries = new ArrayList<>();
        for (int k = 0; k < projects; k++) {
            entries.add(new LineageCatalog.GraphEntry(ProjectGraphBuilder.build(GraphGenerator.project(k, environment,
                    Instant.parse("2026-11-21T00:00:00Z"))), k + 1));
        }
        LineageCatalog catalog = new LineageCatalog();
        catalog.install(entries, List.of());
        System.out.printf("in-process: graph of %d projects built and joined in %.2f s%n", projects,
                (System.nanoTime() - start) / 1e9);
        Random random = new Random(7);
        List<String[]> asks = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            asks.add(new String[] {GraphGenerator.project(random.nextInt(projects)),
                "model." + GraphGenerator.model(random.nextInt(10), random.nextInt(9), random.nextInt(10))});
        }
        System.out.printf("%-34s %8s %8s %8s%n", "core query (" + ROUNDS + " runs)", "p50 µs", "p99 µs", "max µs");
        time("upstream", asks, a -> LineageQueries.lineage(view(catalog, a, environment), a[1], Direction.UPSTREAM,
                null, null));
        time("downstream", asks, a -> LineageQueries.lineage(view(catalog, a, environment), a[1], Direction.DOWNSTREAM,
                null, null));
        time("impact", asks, a -> ImpactAnalysis.of(view(catalog, a, environment), a[1]));
    }

    private static ProjectView view(LineageCatalog catalog, String[] ask, String environment) {
        return catalog.view(ask[0], environment);
    }

    private static void time(String name, List<String[]> asks, Consumer<String[]> query) {
        for (int i = 0; i < ROUNDS; i++) {
            query.accept(asks.get(i % asks.size()));
        }
        long[] nanos = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            query.accept(asks.get(i % asks.size()));
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf("%-34s %8.1f %8.1f %8.1f%n", name, nanos[ROUNDS / 2] / 1e3, nanos[(int) (ROUNDS * 0.99)] / 1e3,
                nanos[ROUNDS - 1] / 1e3);
    }
}
