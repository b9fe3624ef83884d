package dev.streamt.deployer.store;

import dev.streamt.contracts.changeset.ChangeSet;
import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.json.StreamtJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** The change sets the planner published, as the deployer received them; a change set never changes once planned. */
@ApplicationScoped
public class ChangeSetStore {

    /** A stored change set with the correlation id of the event that brought it. */
    public record StoredChangeSet(ChangeSet changeSet, String correlationId) {
    }

    /** Keeps the change set unless it is known already (a redelivered event changes nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keep(ChangeSet changeSet, String correlationId) {
        if (ChangeSetEntity.findById(changeSet.id()) != null) {
            return;
        }
        ChangeSetEntity entity = new ChangeSetEntity();
        entity.id = changeSet.id();
        entity.project = changeSet.project();
        entity.environment = environmentKey(changeSet.environment());
        entity.plannedAt = changeSet.createdAt();
        entity.correlationId = correlationId;
        entity.body = StreamtJson.toBytes(changeSet);
        entity.receivedAt = Instant.now();
        entity.persist();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StoredChangeSet> byId(String id) {
        ChangeSetEntity entity = ChangeSetEntity.findById(id);
        return entity == null ? Optional.empty()
                : Optional.of(new StoredChangeSet(StreamtJson.fromJson(entity.body, ChangeSet.class), entity.correlationId));
    }

    /** The environment as stored: a project without environments is {@code default}, as in subjects. */
    static String environmentKey(String environment) {
        return environment == null ? Subject.DEFAULT_ENVIRONMENT : environment;
    }
}
