package dev.streamt.lineage.service;

import dev.streamt.lineage.catalog.LineageCatalog;
import dev.streamt.lineage.graph.GraphKey;
import dev.streamt.lineage.graph.ProjectGraphBuilder;
import dev.streamt.lineage.store.GraphStore;
import dev.streamt.lineage.store.ManifestCodec;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps the in-memory catalog equal to the database: loads every graph at startup (so a restarted pod answers at
 * once, without replaying Kafka), again after each commit of this pod, and on a fixed interval to pick up what other
 * pods of the consumer group stored. Only rows whose revision moved are read and rebuilt.
 *
 * <p>Threading: refreshes run one at a time (synchronized); {@link #refreshSoon()} hands the work to a single
 * background thread so a Kafka consumer never waits for a graph rebuild.
 */
@ApplicationScoped
public class CatalogRefresher {

    private static final Logger LOG = Logger.getLogger(CatalogRefresher.class);

    @Inject
    GraphStore store;

    @Inject
    LineageCatalog catalog;

    @ConfigProperty(name = "lineage.refresh-interval", defaultValue = "PT5S")
    Duration interval;

    private volatile ScheduledExecutorService executor;

    void start(@Observes StartupEvent event) {
        // The executor first: a consumer that commits while the first load runs still gets its refresh afterwards.
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "lineage-catalog-refresh");
            thread.setDaemon(true);
            return thread;
        });
        refreshNow();
        long millis = Math.max(100, interval.toMillis());
        executor.scheduleWithFixedDelay(this::refreshQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        ScheduledExecutorService current = executor;
        if (current != null) {
            current.shutdownNow();
        }
    }

    /** Asks for a refresh on the background thread (after a commit of this pod). */
    public void refreshSoon() {
        ScheduledExecutorService current = executor;
        if (current != null && !current.isShutdown()) {
            current.execute(this::refreshQuietly);
        }
    }

    /** Loads every graph and status set whose database revision is newer than the catalog's; returns when done. */
    public synchronized void refreshNow() {
        Map<GraphKey, Long> graphRevisions = QuarkusTransaction.requiringNew().call(store::graphRevisions);
        List<LineageCatalog.GraphEntry> graphs = new ArrayList<>();
        for (Map.Entry<GraphKey, Long> revision : graphRevisions.entrySet()) {
            if (revision.getValue() > catalog.graphRevision(revision.getKey())) {
                GraphStore.StoredManifest stored = QuarkusTransaction.requiringNew()
                        .call(() -> store.manifest(revision.getKey()));
                graphs.add(new LineageCatalog.GraphEntry(
                        ProjectGraphBuilder.build(ManifestCodec.decode(stored.manifest())), stored.revision()));
            }
        }
        Map<GraphKey, Long> statusRevisions = QuarkusTransaction.requiringNew().call(store::statusRevisions);
        List<LineageCatalog.StatusEntry> statuses = new ArrayList<>();
        for (Map.Entry<GraphKey, Long> revision : statusRevisions.entrySet()) {
            GraphKey key = revision.getKey();
            if (revision.getValue() > catalog.statusRevision(key)) {
                statuses.add(QuarkusTransaction.requiringNew().call(() -> new LineageCatalog.StatusEntry(key,
                        store.artifacts(key), store.tests(key), revision.getValue())));
            }
        }
        int installed = catalog.install(graphs, statuses);
        if (installed > 0 || !statuses.isEmpty()) {
            LOG.debugf("catalog refreshed: %d graphs, %d status sets", installed, statuses.size());
        }
    }

    private void refreshQuietly() {
        try {
            refreshNow();
        } catch (RuntimeException e) {
            // The next tick tries again; queries keep answering from the last good catalog meanwhile.
            LOG.warnf(e, "refreshing the lineage catalog from the database failed");
        }
    }
}
