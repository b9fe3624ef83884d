package dev.streamt.planner.app;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeSet;
import dev.streamt.contracts.deployment.Deployment;
import dev.streamt.contracts.deployment.DeploymentStep;
import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.payload.DeploymentStepSucceeded;
import dev.streamt.contracts.events.payload.DeploymentSucceeded;
import dev.streamt.planner.core.ClusterKeys;
import dev.streamt.planner.core.Owner;
import dev.streamt.planner.store.ChangeSetStore;
import dev.streamt.planner.store.OwnershipStore;
import dev.streamt.runtime.inbox.HandlerOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Learns ownership from what the deployer did: a step that created, updated or replaced a resource makes the change
 * set's project/env its owner with the change's {@code after} as applied state; a delete step releases it; a succeeded
 * deployment makes its change set's manifest the applied (base) manifest. The change is looked up in the planner's own
 * change set, so the state recorded is exactly what was planned. Runs inside the inbox transaction.
 */
@ApplicationScoped
public class DeploymentLedger {

    private static final Logger LOG = Logger.getLogger(DeploymentLedger.class);

    /** Change sets whose steps are being recorded, parsed once: a deployment sends one event per step. */
    private static final int RECENT_CHANGE_SETS = 8;

    private final Map<String, PlannedChanges> recent = Collections.synchronizedMap(
            new LinkedHashMap<String, PlannedChanges>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, PlannedChanges> eldest) {
                    return size() > RECENT_CHANGE_SETS;
                }
            });

    @Inject
    ChangeSetStore changeSets;

    @Inject
    OwnershipStore ownership;

    public HandlerOutcome onEvent(CloudEvent<?> event) {
        if (event.type() == EventType.DEPLOYMENT_STEP_SUCCEEDED) {
            return stepSucceeded(event.dataAs(DeploymentStepSucceeded.class), event.time());
        }
        if (event.type() == EventType.DEPLOYMENT_SUCCEEDED) {
            return deploymentSucceeded(event.dataAs(DeploymentSucceeded.class).deployment(), event.time());
        }
        return HandlerOutcome.IGNORED;
    }

    private HandlerOutcome stepSucceeded(DeploymentStepSucceeded succeeded, Instant at) {
        Optional<PlannedChanges> changeSet = planned(succeeded.changesetId());
        if (changeSet.isEmpty()) {
            LOG.warnf("deployment %s ran change set %s that this planner did not plan; ownership unchanged",
                    succeeded.deploymentId(), succeeded.changesetId());
            return HandlerOutcome.IGNORED;
        }
        DeploymentStep step = succeeded.step();
        Optional<Change> change = Optional.ofNullable(changeSet.get().byId().get(step.changeId()));
        if (change.isEmpty()) {
            LOG.warnf("step %s of deployment %s is not a change of %s; ownership unchanged", step.changeId(),
                    succeeded.deploymentId(), succeeded.changesetId());
            return HandlerOutcome.IGNORED;
        }
        Owner owner = Owner.of(changeSet.get().changeSet().project(), changeSet.get().changeSet().environment());
        Change planned = change.get();
        String cluster = ClusterKeys.of(planned.target(), changeSet.get().changeSet().runtime());
        switch (planned.action()) {
            case CREATE:
            case UPDATE:
            case REPLACE:
                ownership.own(planned.target(), cluster, planned.name(), owner, planned.after(), at);
                return HandlerOutcome.PROCESSED;
            case DELETE:
                ownership.release(planned.target(), cluster, planned.name());
                return HandlerOutcome.PROCESSED;
            default:
                return HandlerOutcome.IGNORED;
        }
    }

    private HandlerOutcome deploymentSucceeded(Deployment deployment, Instant at) {
        Optional<ChangeSet> changeSet = changeSets.byId(deployment.changesetId());
        if (changeSet.isEmpty()) {
            LOG.warnf("deployment %s ran change set %s that this planner did not plan; base manifest unchanged",
                    deployment.id(), deployment.changesetId());
            return HandlerOutcome.IGNORED;
        }
        ownership.applied(Owner.of(changeSet.get().project(), changeSet.get().environment()),
                changeSet.get().manifestId(), changeSet.get().id(),
                deployment.finishedAt() == null ? at : deployment.finishedAt());
        return HandlerOutcome.PROCESSED;
    }

    /** The change set of this id with its changes by id, parsed once while its deployment's steps come in. */
    private Optional<PlannedChanges> planned(String changeSetId) {
        PlannedChanges cached = recent.get(changeSetId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<PlannedChanges> loaded = changeSets.byId(changeSetId).map(PlannedChanges::of);
        loaded.ifPresent(planned -> recent.put(changeSetId, planned));
        return loaded;
    }

    /** A stored change set (immutable) and its changes by id. */
    private record PlannedChanges(ChangeSet changeSet, Map<String, Change> byId) {
        static PlannedChanges of(ChangeSet changeSet) {
            Map<String, Change> byId = new HashMap<>();
            changeSet.changes().forEach(change -> byId.put(change.id(), change));
            return new PlannedChanges(changeSet, byId);
        }
    }
}
