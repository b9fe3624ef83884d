package dev.streamt.planner.store;

import dev.streamt.planner.core.Owner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Plans waiting to run, per project/environment in arrival order. A row is queued in the transaction of the event or
 * command that asked for it and removed in the transaction that stores its change set (or its failure), so a plan is
 * made once even across a restart.
 */
@ApplicationScoped
public class PlanQueue {

    /** One queued plan. */
    public record QueuedPlan(long seq, Owner owner, String manifestId, String correlationId, String causationId) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(Owner owner, String manifestId, String correlationId, String causationId) {
        QueuedPlanEntity entity = new QueuedPlanEntity();
        entity.project = owner.project();
        entity.environment = owner.environment();
        entity.manifestId = manifestId;
        entity.correlationId = correlationId;
        entity.causationId = causationId;
        entity.queuedAt = Instant.now();
        entity.persist();
    }

    /** The oldest plan of {@code owner} still to run. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<QueuedPlan> oldest(Owner owner) {
        return QueuedPlanEntity.<QueuedPlanEntity>find("project = ?1 and environment = ?2 order by seq",
                owner.project(), owner.environment()).firstResultOptional().map(PlanQueue::toQueued);
    }

    /** Removes a plan that ran; false when it was already removed (another pod ran it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean remove(long seq) {
        return QueuedPlanEntity.deleteById(seq);
    }

    /** Every project/environment with plans waiting (looked at on startup). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Owner> owners() {
        return QueuedPlanEntity.getEntityManager()
                .createQuery("select distinct q.project, q.environment from QueuedPlanEntity q", Object[].class)
                .getResultList().stream().map(row -> Owner.of((String) row[0], (String) row[1])).toList();
    }

    private static QueuedPlan toQueued(QueuedPlanEntity e) {
        return new QueuedPlan(e.seq, Owner.of(e.project, e.environment), e.manifestId, e.correlationId, e.causationId);
    }
}
