package dev.streamt.planner.store;

import dev.streamt.contracts.json.StreamtJson;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.planner.core.Owner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The manifests received from {@code ManifestCompiled}: by id, and the latest per project and environment. */
@ApplicationScoped
public class ManifestStore {

    /** Keeps the manifest; one received again becomes the latest of its project/env again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Manifest manifest, Instant receivedAt) {
        ManifestEntity entity = ManifestEntity.findById(manifest.id());
        if (entity == null) {
            entity = new ManifestEntity();
            entity.id = manifest.id();
            entity.project = manifest.projectName();
            entity.environment = Owner.of(manifest.projectName(), manifest.environment()).environment();
            entity.body = StreamtJson.toBytes(manifest);
            entity.receivedAt = receivedAt;
            entity.persist();
        } else {
            entity.receivedAt = receivedAt;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Manifest> byId(String id) {
        return ManifestEntity.<ManifestEntity>findByIdOptional(id)
                .map(entity -> StreamtJson.fromJson(entity.body, Manifest.class));
    }

    /** The most recently received manifest of a project/env. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Manifest> latest(Owner owner) {
        return ManifestEntity.<ManifestEntity>find("project = ?1 and environment = ?2 order by receivedAt desc",
                owner.project(), owner.environment()).firstResultOptional()
                .map(entity -> StreamtJson.fromJson(entity.body, Manifest.class));
    }

    /** The projects with a manifest (to say what exists when a lookup misses). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> projects() {
        return ManifestEntity.getEntityManager()
                .createQuery("select distinct m.project from ManifestEntity m order by m.project", String.class)
                .getResultList();
    }

    /** The environments of a project with a manifest. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> environments(String project) {
        return ManifestEntity.getEntityManager()
                .createQuery("select distinct m.environment from ManifestEntity m where m.project = ?1 "
                        + "order by m.environment", String.class)
                .setParameter(1, project).getResultList();
    }
}
