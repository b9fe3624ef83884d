package dev.streamt.planner.app;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeSet;
import dev.streamt.contracts.changeset.ChangeTarget;
import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.StreamtServices;
import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.events.payload.ChangeSetPlanned;
import dev.streamt.contracts.events.payload.PlanFailed;
import dev.streamt.contracts.events.payload.PlanRequested;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.planner.core.ChangePlanner;
import dev.streamt.planner.core.Owner;
import dev.streamt.planner.core.Ownership;
import dev.streamt.planner.core.Resource;
import dev.streamt.planner.core.TargetPlanner;
import dev.streamt.planner.core.TargetUnavailableException;
import dev.streamt.planner.store.ChangeSetStore;
import dev.streamt.planner.store.ManifestStore;
import dev.streamt.planner.store.OwnershipStore;
import dev.streamt.runtime.outbox.EventOutbox;
import dev.streamt.runtime.text.DidYouMean;
import dev.streamt.runtime.tx.Arrivals;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Makes a plan a fact: finds the manifest in the planner's own store, reads the ownership, lets the core compare with
 * what runs, then stores the change set and publishes {@code ChangeSetPlanned} in one transaction (outbox). Reading the
 * live systems happens before that transaction opens, so no database transaction waits on Kafka when called from HTTP.
 * Thread-safe.
 */
@ApplicationScoped
public class PlanningService {

    static final String SOURCE = StreamtServices.source(StreamtServices.PLANNER);

    private static final Logger LOG = Logger.getLogger(PlanningService.class);

    @Inject
    ManifestStore manifests;

    @Inject
    ChangeSetStore changeSets;

    @Inject
    OwnershipStore ownership;

    @Inject
    PlannerConfig config;

    @Inject
    ChangePlanner planner;

    @Inject
    EventOutbox outbox;

    @Inject
    Arrivals arrivals;

    /**
     * Plans a request made over HTTP, waiting a little (bounded in time and in number of waiting requests) for a
     * manifest the planner has not received yet.
     *
     * @param correlationId carried by the published event
     * @throws PlanFailure when the manifest is unknown or the live system cannot be read
     */
    public ChangeSet planNow(PlanRequested request, String correlationId) {
        return plan(resolve(request, config.manifestWait().http()), correlationId, null, () -> { });
    }

    /**
     * The manifest a request names, as stored now: by id, or the latest of its project and environment.
     *
     * @throws PlanFailure when there is none
     */
    public Manifest resolveNow(PlanRequested request) {
        return resolve(request, Duration.ZERO);
    }

    /**
     * Plans a manifest at hand, stores the change set and publishes it; {@code alsoInTransaction} runs in the same
     * transaction (a queued plan removes itself there, so it is made once).
     *
     * @param causationId the id of the event or command that asked for it, or null (HTTP)
     */
    public ChangeSet plan(Manifest manifest, String correlationId, String causationId, Runnable alsoInTransaction) {
        Owner self = Owner.of(manifest.projectName(), manifest.environment());
        Map<ChangeTarget, Set<String>> declared = new TreeMap<>();
        for (TargetPlanner target : planner.targets()) {
            Set<String> names = new TreeSet<>();
            target.declared(manifest).stream().map(Resource::name).forEach(names::add);
            declared.put(target.target(), names);
        }
        // A short read transaction of its own (or the caller's): the plan workers' threads have no request context.
        Ownership owners = QuarkusTransaction.joiningExisting().call(
                () -> ownership.ownership(self, manifest.runtime(), declared));
        String base = QuarkusTransaction.joiningExisting().call(() -> ownership.appliedManifestId(self)).orElse(null);
        List<Change> changes;
        try {
            changes = planner.plan(manifest, owners);
        } catch (TargetUnavailableException e) {
            LOG.warnf("plan of %s for %s failed: %s", manifest.id(), self, e.getMessage());
            throw new PlanFailure(PlanFailure.Kind.UNAVAILABLE, self.project(), manifest.environment(),
                    manifest.id(), e.getMessage(), e.missingVariables(), List.of());
        }
        ChangeSet changeSet = ChangeSet.planned("cs-" + UUID.randomUUID(), manifest, base, now(), changes);
        QuarkusTransaction.joiningExisting().run(() -> {
            alsoInTransaction.run();
            changeSets.record(changeSet);
            outbox.publish(CloudEvent.create(EventType.CHANGESET_PLANNED, SOURCE,
                    Subject.of(changeSet.project(), changeSet.environment()), correlationId, causationId,
                    new ChangeSetPlanned(changeSet)));
        });
        return changeSet;
    }

    /** Publishes why a plan asked for over Kafka failed (caused by the request). */
    public void publishFailure(PlanFailure failure, Subject subject, String correlationId, String causationId) {
        String project = failure.project() == null ? subject.project() : failure.project();
        String environment = failure.project() == null ? subject.environment() : failure.environment();
        QuarkusTransaction.joiningExisting().run(() -> outbox.publish(CloudEvent.create(EventType.PLAN_FAILED, SOURCE,
                Subject.of(project, environment), correlationId, causationId,
                new PlanFailed(project, environment, failure.manifestId(), failure.getMessage()))));
    }

    private Manifest resolve(PlanRequested request, Duration patience) {
        if (request.manifestId() != null) {
            return arrivals.await(() -> manifests.byId(request.manifestId()), patience).orElseThrow(() -> new PlanFailure(
                    PlanFailure.Kind.UNKNOWN_MANIFEST, request.project(), request.env(), request.manifestId(),
                    "no manifest with id '" + request.manifestId() + "' was received by the planner", List.of(),
                    List.of()));
        }
        Owner owner = Owner.of(request.project(), request.env());
        return manifests.latest(owner).orElseThrow(() -> unknownProjectOrEnvironment(owner, request.env()));
    }

    private PlanFailure unknownProjectOrEnvironment(Owner owner, String env) {
        List<String> environments = manifests.environments(owner.project());
        if (environments.isEmpty()) {
            List<String> projects = manifests.projects();
            return new PlanFailure(PlanFailure.Kind.UNKNOWN_MANIFEST, owner.project(), env, null,
                    "no manifest was compiled for project '" + owner.project() + "'"
                            + DidYouMean.suffix(owner.project(), projects), List.of(), projects);
        }
        return new PlanFailure(PlanFailure.Kind.UNKNOWN_MANIFEST, owner.project(), env, null,
                "project '" + owner.project() + "' has no manifest for environment '" + owner.environment() + "'"
                        + DidYouMean.suffix(owner.environment(), environments), List.of(), environments);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
