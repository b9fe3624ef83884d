package dev.streamt.lineage.service;

import dev.streamt.lineage.catalog.LineageCatalog;
import dev.streamt.lineage.problem.LineageProblem;
import dev.streamt.lineage.problem.ProblemKind;
import dev.streamt.lineage.query.ProjectView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands the HTTP adapter the view of a project for one query. A project or environment the catalog does not know yet
 * may have just been stored by another pod: then the catalog is refreshed from the database once before the answer is
 * "unknown" (at most once a second, so a stream of bad names cannot load the database). Thread-safe.
 */
@ApplicationScoped
public class LineageViews {

    private static final long MIN_MISS_REFRESH_NANOS = 1_000_000_000L;

    @Inject
    LineageCatalog catalog;

    @Inject
    CatalogRefresher refresher;

    private final AtomicLong lastMissRefresh = new AtomicLong(System.nanoTime() - MIN_MISS_REFRESH_NANOS);

    public ProjectView view(String project, String environment) {
        try {
            return catalog.view(project, environment);
        } catch (LineageProblem problem) {
            boolean unknown = problem.kind() == ProblemKind.UNKNOWN_PROJECT
                    || problem.kind() == ProblemKind.UNKNOWN_ENVIRONMENT;
            long last = lastMissRefresh.get();
            long now = System.nanoTime();
            if (!unknown || now - last < MIN_MISS_REFRESH_NANOS || !lastMissRefresh.compareAndSet(last, now)) {
                throw problem;
            }
            refresher.refreshNow();
            return catalog.view(project, environment);
        }
    }
}
