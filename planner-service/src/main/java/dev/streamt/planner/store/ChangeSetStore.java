package dev.streamt.planner.store;

import dev.streamt.contracts.changeset.ChangeSet;
import dev.streamt.contracts.json.StreamtJson;
import dev.streamt.planner.core.Owner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Planned change sets, as published. */
@ApplicationScoped
public class ChangeSetStore {

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ChangeSet changeSet) {
        ChangeSetEntity entity = new ChangeSetEntity();
        entity.id = changeSet.id();
        entity.project = changeSet.project();
        entity.environment = Owner.of(changeSet.project(), changeSet.environment()).environment();
        entity.manifestId = changeSet.manifestId();
        entity.baseManifestId = changeSet.baseManifestId();
        entity.createdAt = changeSet.createdAt();
        entity.body = StreamtJson.toBytes(changeSet);
        entity.persist();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ChangeSet> byId(String id) {
        return ChangeSetEntity.<ChangeSetEntity>findByIdOptional(id)
                .map(entity -> StreamtJson.fromJson(entity.body, ChangeSet.class));
    }
}
