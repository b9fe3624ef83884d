package dev.streamt.deployer.store;

import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.ChangeTarget;
import dev.streamt.contracts.deployment.Deployment;
import dev.streamt.contracts.deployment.DeploymentStatus;
import dev.streamt.contracts.deployment.DeploymentStep;
import dev.streamt.contracts.deployment.StepStatus;
import dev.streamt.contracts.events.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deployments and their steps. Every write runs in the caller's transaction, so a state change and the events it
 * publishes (outbox) commit together.
 */
@ApplicationScoped
public class DeploymentStore {

    /** A deployment with what the contract record does not carry. */
    public record DeploymentRecord(Deployment deployment, String reason, String correlationId, String causeId) {
    }

    /** What a new deployment is made of. */
    public record NewDeployment(String id, String changesetId, String project, String environment,
            boolean approveDestructive, String approvedBy, String correlationId, String causeId, Instant createdAt) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void create(NewDeployment fields, DeploymentStatus status, String reason, List<DeploymentStep> steps) {
        DeploymentEntity entity = new DeploymentEntity();
        entity.id = fields.id();
        entity.changesetId = fields.changesetId();
        entity.project = fields.project();
        entity.environment = ChangeSetStore.environmentKey(fields.environment());
        entity.status = status.wireValue();
        entity.approveDestructive = fields.approveDestructive();
        entity.approvedBy = fields.approvedBy();
        entity.correlationId = fields.correlationId();
        entity.causeId = fields.causeId();
        entity.reason = reason;
        entity.createdAt = fields.createdAt();
        entity.finishedAt = status == DeploymentStatus.REJECTED ? fields.createdAt() : null;
        entity.persist();
        for (int position = 0; position < steps.size(); position++) {
            DeploymentStep step = steps.get(position);
            DeploymentStepEntity row = new DeploymentStepEntity();
            row.deploymentId = fields.id();
            row.position = position;
            row.changeId = step.changeId();
            row.target = step.target().wireValue();
            row.name = step.name();
            row.action = step.action().wireValue();
            row.status = step.status().wireValue();
            row.persist();
        }
    }

    /** The deployment of this change set that was not rejected, if any (an apply sent again finds it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> acceptedFor(String changesetId) {
        return DeploymentEntity.<DeploymentEntity>find("changesetId = ?1 and status <> ?2 order by createdAt",
                changesetId, DeploymentStatus.REJECTED.wireValue()).firstResultOptional().map(d -> d.id);
    }

    /** The pending or running deployment of a project and environment, if any. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> active(String project, String environment) {
        return DeploymentEntity.<DeploymentEntity>find("project = ?1 and environment = ?2 and status in ?3", project,
                ChangeSetStore.environmentKey(environment), List.of("pending", "running")).firstResultOptional()
                .map(d -> d.id);
    }

    /** A change set of the project and environment (not this one) that was applied after {@code plannedAt}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> appliedAfter(String project, String environment, Instant plannedAt, String changesetId) {
        return DeploymentEntity.<DeploymentEntity>find("project = ?1 and environment = ?2 and status = ?3 "
                        + "and finishedAt > ?4 and changesetId <> ?5 order by finishedAt desc", project,
                ChangeSetStore.environmentKey(environment), DeploymentStatus.SUCCEEDED.wireValue(), plannedAt,
                changesetId).firstResultOptional().map(d -> d.changesetId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DeploymentRecord> byId(String id) {
        DeploymentEntity entity = DeploymentEntity.findById(id);
        return entity == null ? Optional.empty() : Optional.of(toRecord(entity));
    }

    /** The deployments of a project and environment, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DeploymentRecord> history(String project, String environment, int limit) {
        List<DeploymentEntity> entities = DeploymentEntity.<DeploymentEntity>find(
                "project = ?1 and environment = ?2 order by createdAt desc", project,
                ChangeSetStore.environmentKey(environment)).page(0, limit).list();
        if (entities.isEmpty()) {
            return List.of();
        }
        // The steps of every listed deployment in one query, not one per deployment.
        Map<String, List<DeploymentStep>> steps = new HashMap<>();
        DeploymentStepEntity.<DeploymentStepEntity>find("deploymentId in ?1 order by deploymentId, position",
                entities.stream().map(entity -> entity.id).toList()).list()
                .forEach(row -> steps.computeIfAbsent(row.deploymentId, id -> new ArrayList<>()).add(step(row)));
        return entities.stream().map(entity -> toRecord(entity, steps.getOrDefault(entity.id, List.of()))).toList();
    }

    /** Deployments that are not finished: what a (re)started deployer must drive to the end. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> unfinished() {
        return DeploymentEntity.<DeploymentEntity>find("status in ?1 order by createdAt", List.of("pending", "running"))
                .list().stream().map(d -> d.id).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void setStatus(String id, DeploymentStatus status, String reason, Instant finishedAt) {
        DeploymentEntity entity = DeploymentEntity.findById(id);
        entity.status = status.wireValue();
        entity.reason = reason;
        entity.finishedAt = finishedAt;
    }

    /** Writes the given steps (positions {@code from..}) as they are now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void updateSteps(String id, int from, List<DeploymentStep> steps) {
        List<DeploymentStepEntity> rows = DeploymentStepEntity.<DeploymentStepEntity>find(
                "deploymentId = ?1 and position >= ?2 and position < ?3 order by position", id, from, from + steps.size())
                .list();
        for (DeploymentStepEntity row : rows) {
            DeploymentStep step = steps.get(row.position - from);
            row.status = step.status().wireValue();
            row.startedAt = step.startedAt();
            row.finishedAt = step.finishedAt();
            row.error = step.error();
        }
    }

    private DeploymentRecord toRecord(DeploymentEntity entity) {
        return toRecord(entity, DeploymentStepEntity.<DeploymentStepEntity>find(
                "deploymentId = ?1 order by position", entity.id).list().stream().map(DeploymentStore::step).toList());
    }

    private static DeploymentStep step(DeploymentStepEntity row) {
        return new DeploymentStep(row.changeId, ChangeTarget.fromWireValue(row.target), row.name,
                ChangeAction.fromWireValue(row.action), StepStatus.fromWireValue(row.status), row.startedAt,
                row.finishedAt, row.error);
    }

    private static DeploymentRecord toRecord(DeploymentEntity entity, List<DeploymentStep> steps) {
        String environment = Subject.DEFAULT_ENVIRONMENT.equals(entity.environment) ? null : entity.environment;
        Deployment deployment = new Deployment(entity.id, entity.changesetId, entity.project, environment,
                DeploymentStatus.fromWireValue(entity.status), entity.approveDestructive, entity.approvedBy,
                entity.createdAt, entity.finishedAt, steps);
        return new DeploymentRecord(deployment, entity.reason, entity.correlationId, entity.causeId);
    }
}
