package dev.streamt.planner.app;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.events.payload.DriftDetected;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.contracts.manifest.RuntimeTargets;
import dev.streamt.planner.core.DriftDetector;
import dev.streamt.planner.core.Owner;
import dev.streamt.planner.core.Ownership;
import dev.streamt.planner.core.TargetUnavailableException;
import dev.streamt.planner.store.ManifestStore;
import dev.streamt.planner.store.OwnershipStore;
import dev.streamt.runtime.text.DidYouMean;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The drift of a project/env: its owned resources' applied state against what runs, read through the connections of
 * the applied manifest (or, before any deployment succeeded, the latest one). Thread-safe; blocks while reading.
 */
@ApplicationScoped
public class DriftService {

    @Inject
    OwnershipStore ownership;

    @Inject
    ManifestStore manifests;

    @Inject
    DriftDetector detector;

    /**
     * The differences (empty when none).
     *
     * @throws PlanFailure when the project/env applied nothing (unknown) or the live system cannot be read
     */
    public DriftDetected drift(Owner owner, String env) {
        // The database part in its own short transaction (callers may be a background thread without one); the live
        // system is read after it, so no transaction waits on Kafka.
        Applied applied = QuarkusTransaction.joiningExisting().call(() -> applied(owner));
        Optional<String> appliedId = applied.manifestId();
        Ownership owned = applied.ownership();
        Optional<Manifest> manifest = applied.manifest();
        if (appliedId.isEmpty() && owned.selfOwnsNothing() && manifest.isEmpty()) {
            List<String> projects = applied.projects();
            throw new PlanFailure(PlanFailure.Kind.UNKNOWN_MANIFEST, owner.project(), env, null,
                    "project '" + owner.project() + "' has applied nothing in environment '" + owner.environment()
                            + "'" + DidYouMean.suffix(owner.project(), projects), List.of(), projects);
        }
        RuntimeTargets runtime = manifest.map(Manifest::runtime).orElse(RuntimeTargets.NONE);
        try {
            List<Change> differences = detector.detect(runtime, owned);
            return new DriftDetected(owner.project(), env, appliedId.orElse(null), differences);
        } catch (TargetUnavailableException e) {
            throw new PlanFailure(PlanFailure.Kind.UNAVAILABLE, owner.project(), env, appliedId.orElse(null),
                    e.getMessage(), e.missingVariables(), List.of());
        }
    }

    /** What the database knows about a project/env's applied state. */
    private record Applied(Optional<String> manifestId, Ownership ownership, Optional<Manifest> manifest,
            List<String> projects) {
    }

    private Applied applied(Owner owner) {
        Optional<String> appliedId = ownership.appliedManifestId(owner);
        Optional<Manifest> manifest = appliedId.flatMap(manifests::byId).or(() -> manifests.latest(owner));
        RuntimeTargets runtime = manifest.map(Manifest::runtime).orElse(RuntimeTargets.NONE);
        return new Applied(appliedId, ownership.ownership(owner, runtime, Map.of()), manifest, ownership.projects());
    }
}
