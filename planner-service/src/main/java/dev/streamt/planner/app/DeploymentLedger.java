package dev.streamt.planner.app;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeSet;
import dev.streamt.contracts.deployment.Deployment;
import dev.streamt.contracts.deployment.DeploymentStep;
import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.payload.DeploymentStepSucceeded;
import dev.streamt.contracts.events.payload.DeploymentSucceeded;
import dev.streamt.planner.core.Owner;
import dev.streamt.planner.store.ChangeSetStore;
import dev.streamt.planner.store.OwnershipStore;
import dev.streamt.runtime.inbox.HandlerOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
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
        Optional<ChangeSet> changeSet = changeSets.byId(succeeded.changesetId());
        if (changeSet.isEmpty()) {
            LOG.warnf("deployment %s ran change set %s that this planner did not plan; ownership unchanged",
                    succeeded.deploymentId(), succeeded.changesetId());
            return HandlerOutcome.IGNORED;
        }
        DeploymentStep step = succeeded.step();
        Optional<Change> change = changeSet.get().changes().stream()
                .filter(candidate -> candidate.id().equals(step.changeId())).findFirst();
        if (change.isEmpty()) {
            LOG.warnf("step %s of deployment %s is not a change of %s; ownership unchanged", step.changeId(),
                    succeeded.deploymentId(), succeeded.changesetId());
            return HandlerOutcome.IGNORED;
        }
        Owner owner = Owner.of(changeSet.get().project(), changeSet.get().environment());
        Change planned = change.get();
        switch (planned.action()) {
            case CREATE:
            case UPDATE:
            case REPLACE:
                ownership.own(planned.target(), planned.name(), owner, planned.after(), at);
                return HandlerOutcome.PROCESSED;
            case DELETE:
                ownership.release(planned.target(), planned.name());
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
}
