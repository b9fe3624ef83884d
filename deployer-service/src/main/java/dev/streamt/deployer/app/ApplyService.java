package dev.streamt.deployer.app;

import dev.streamt.contracts.changeset.ChangeSet;
import dev.streamt.contracts.deployment.DeploymentStatus;
import dev.streamt.contracts.deployment.DeploymentStep;
import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.events.payload.ApplyRequested;
import dev.streamt.deployer.core.StepOrder;
import dev.streamt.deployer.core.policy.ApplyContext;
import dev.streamt.deployer.core.policy.ApplyPolicy;
import dev.streamt.deployer.store.ChangeSetStore;
import dev.streamt.deployer.store.DeploymentStore;
import dev.streamt.runtime.tx.AfterCommit;
import dev.streamt.runtime.tx.Arrivals;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns an apply request into a deployment, or refuses it. The decision, the deployment row with its pending steps and
 * the rejection event commit together; the deployment starts running only after that commit. Decisions for one project
 * and environment are serialized by a transaction-scoped advisory lock, so two applies racing cannot both pass the
 * "one deployment at a time" rule.
 */
@ApplicationScoped
public class ApplyService {

    /** The subject of the rejection of an unknown change set asked for over HTTP: its project is unknown too. */
    static final Subject UNKNOWN_SUBJECT = Subject.of("unknown", null);

    private final ApplyPolicy policy = ApplyPolicy.standard();

    @Inject
    ChangeSetStore changeSets;

    @Inject
    DeploymentStore deployments;

    @Inject
    DeploymentEvents events;

    @Inject
    DeploymentRunner runner;

    @Inject
    EntityManager entityManager;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    DeployerConfig config;

    @Inject
    Arrivals arrivals;

    /**
     * Applies over HTTP: waits a little, before any transaction opens and bounded in number of waiting requests, for a
     * change set the deployer has not received yet, then decides.
     */
    public ApplyOutcome applyNow(ApplyRequested request, String correlationId) {
        Optional<ChangeSetStore.StoredChangeSet> stored = arrivals.await(() -> changeSets.byId(request.changesetId()),
                config.changeSetWait().http());
        return QuarkusTransaction.requiringNew().call(() -> stored.isPresent()
                ? apply(request, stored.get(), correlationId, null)
                : rejectUnknown(request, null, correlationId, null));
    }

    /**
     * Refuses an apply of a change set the deployer never received: a {@code DeploymentRejected} saying so.
     *
     * @param subject the command's subject, or null over HTTP (the project is unknown too)
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public ApplyOutcome rejectUnknown(ApplyRequested request, Subject subject, String correlationId, String causeId) {
        String reason = "unknown change set '" + request.changesetId()
                + "': the deployer has not received it on streamt.changeset.events; plan again";
        String correlation = correlationId == null ? CloudEvent.newId() : correlationId;
        events.rejected(new DeploymentEvents.Envelope(subject == null ? UNKNOWN_SUBJECT : subject, correlation,
                causeId), request.changesetId(), null, reason);
        return ApplyOutcome.unknownChangeSet(reason);
    }

    /**
     * Applies a change set the deployer has received.
     *
     * @param correlationId the request's correlation id, or null to use the one of the event that brought the change set
     * @param causeId       the id of the apply command (the causation id of every event), or null over HTTP
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public ApplyOutcome apply(ApplyRequested request, ChangeSetStore.StoredChangeSet stored, String correlationId,
            String causeId) {
        ChangeSet changeSet = stored.changeSet();
        Subject subject = Subject.of(changeSet.project(), changeSet.environment());
        lock(subject);
        Optional<String> existing = deployments.acceptedFor(changeSet.id());
        if (existing.isPresent()) {
            return ApplyOutcome.alreadyAccepted(existing.get());
        }
        ApplyContext context = new ApplyContext(changeSet, request.approveDestructive(), request.approvedBy(),
                deployments.active(changeSet.project(), changeSet.environment()).orElse(null),
                deployments.appliedAfter(changeSet.project(), changeSet.environment(), changeSet.createdAt(),
                        changeSet.id()).orElse(null));
        String correlation = correlationId == null ? stored.correlationId() : correlationId;
        Instant now = Clock.now();
        DeploymentStore.NewDeployment fields = new DeploymentStore.NewDeployment(UUID.randomUUID().toString(),
                changeSet.id(), changeSet.project(), changeSet.environment(), request.approveDestructive(),
                request.approvedBy(), correlation, causeId, now);
        Optional<String> refusal = policy.refusal(context);
        if (refusal.isPresent()) {
            deployments.create(fields, DeploymentStatus.REJECTED, refusal.get(), List.of());
            events.rejected(new DeploymentEvents.Envelope(subject, correlation, causeId), changeSet.id(), fields.id(),
                    refusal.get());
            return ApplyOutcome.rejected(fields.id(), refusal.get());
        }
        List<DeploymentStep> steps = StepOrder.of(changeSet.changes()).stream().map(DeploymentStep::pending).toList();
        deployments.create(fields, DeploymentStatus.PENDING, null, steps);
        AfterCommit.run(transactions, () -> runner.submit(fields.id()));
        return ApplyOutcome.accepted(fields.id());
    }

    private void lock(Subject subject) {
        entityManager.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(?1))) AS locked")
                .setParameter(1, "streamt-deployer-apply:" + subject.value()).getSingleResult();
    }
}
