package dev.streamt.lineage.service;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.payload.ManifestCompiled;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.lineage.catalog.ManifestStamp;
import dev.streamt.lineage.graph.GraphKey;
import dev.streamt.lineage.status.ArtifactState;
import dev.streamt.lineage.status.StatusEvents;
import dev.streamt.lineage.status.TestState;
import dev.streamt.lineage.store.GraphStore;
import dev.streamt.lineage.store.ManifestCodec;
import dev.streamt.runtime.inbox.HandlerOutcome;
import dev.streamt.runtime.manifest.ManifestReferences;
import dev.streamt.runtime.tx.AfterCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Applies manifest, deployment and test events to the service's tables. Called by the idempotent consumer inside the
 * transaction that records the event as handled, so a rolled-back attempt leaves nothing behind; the in-memory catalog
 * is refreshed from the database only after that transaction commits. Thread-safe (stateless).
 */
@ApplicationScoped
public class LineageIngest {

    private static final Logger LOG = Logger.getLogger(LineageIngest.class);

    @Inject
    GraphStore store;

    @Inject
    CatalogRefresher refresher;

    @Inject
    ManifestReferences manifests;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * Keeps the manifest of a {@code ManifestCompiled} event of {@code consumer} (fetched when it comes by reference;
     * deferred while the compiler does not answer) unless a newer one of its project/env is stored.
     */
    public HandlerOutcome onManifestEvent(String consumer, CloudEvent<?> event) {
        if (!(event.data() instanceof ManifestCompiled compiled)) {
            return HandlerOutcome.IGNORED;
        }
        Optional<Manifest> fetched = manifests.manifestOrDefer(consumer, event, compiled);
        if (fetched.isEmpty()) {
            return HandlerOutcome.DEFERRED;
        }
        Manifest manifest = fetched.get();
        GraphKey key = new GraphKey(manifest.projectName(), manifest.environment());
        ManifestStamp incoming = new ManifestStamp(manifest.id(), manifest.compiledAt(), event.time(), event.id());
        ManifestStamp stored = store.lockedStamp(key);
        if (!incoming.supersedes(stored)) {
            LOG.infof("manifest %s of %s (compiled %s) is not newer than the stored %s (compiled %s): kept the stored one",
                    manifest.id(), key, manifest.compiledAt(), stored.manifestId(), stored.compiledAt());
            return HandlerOutcome.PROCESSED;
        }
        store.saveManifest(key, incoming, ManifestCodec.encode(manifest));
        refreshAfterCommit();
        return HandlerOutcome.PROCESSED;
    }

    /** Records the artifact outcomes a deployment event reports, each only if newer than the stored one. */
    public HandlerOutcome onDeploymentEvent(CloudEvent<?> event) {
        List<ArtifactState> states = StatusEvents.artifactStates(event);
        if (states.isEmpty()) {
            return HandlerOutcome.IGNORED;
        }
        GraphKey key = GraphKey.of(event.subject());
        boolean changed = false;
        for (ArtifactState state : states) {
            ArtifactState stored = store.lockedArtifact(key, state.target(), state.name());
            if (stored == null || state.supersedes(stored)) {
                store.saveArtifact(key, state);
                changed = true;
            }
        }
        statusChanged(key, changed);
        return HandlerOutcome.PROCESSED;
    }

    /** Records the test outcomes a test event reports, each only if newer than the stored one. */
    public HandlerOutcome onTestEvent(CloudEvent<?> event) {
        List<TestState> states = StatusEvents.testStates(event);
        if (states.isEmpty()) {
            return HandlerOutcome.IGNORED;
        }
        GraphKey key = GraphKey.of(event.subject());
        boolean changed = false;
        for (TestState state : states) {
            TestState stored = store.lockedTest(key, state.test());
            if (stored == null || state.supersedes(stored)) {
                store.saveTest(key, state);
                changed = true;
            }
        }
        statusChanged(key, changed);
        return HandlerOutcome.PROCESSED;
    }

    private void statusChanged(GraphKey key, boolean changed) {
        if (changed) {
            store.bumpStatusRevision(key);
            refreshAfterCommit();
        }
    }

    private void refreshAfterCommit() {
        AfterCommit.run(transactions, refresher::refreshSoon);
    }
}
