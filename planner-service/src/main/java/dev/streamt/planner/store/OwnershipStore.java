package dev.streamt.planner.store;

import dev.streamt.contracts.changeset.ChangeTarget;
import dev.streamt.contracts.json.StreamtJson;
import dev.streamt.contracts.manifest.RuntimeTargets;
import dev.streamt.planner.core.ClusterKeys;
import dev.streamt.planner.core.Owner;
import dev.streamt.planner.core.Ownership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who created which resource (learned from deployment steps) and which manifest each project/env last applied. A
 * resource has one owner per cluster: the key is the target, the cluster ({@link ClusterKeys}) and the name. Rows from
 * before clusters were recorded ({@link ClusterKeys#NONE}) match any cluster.
 */
@ApplicationScoped
public class OwnershipStore {

    /** Names per query: far below PostgreSQL's bind parameter limit, small enough for a quick index scan. */
    private static final int LOOKUP_CHUNK = 1000;

    /**
     * What {@code self} needs to plan: every resource it owns (with applied state) and the owner of each of
     * {@code names} owned by someone else.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Ownership ownership(Owner self, RuntimeTargets runtime, Map<ChangeTarget, Set<String>> names) {
        Ownership.Builder builder = Ownership.builder(self);
        List<OwnedResourceEntity> own = OwnedResourceEntity.list("project = ?1 and environment = ?2",
                self.project(), self.environment());
        for (OwnedResourceEntity row : own) {
            ChangeTarget target = ChangeTarget.fromWireValue(row.target);
            if (row.cluster.equals(ClusterKeys.NONE) || row.cluster.equals(ClusterKeys.of(target, runtime))) {
                builder.ownedBySelf(target, row.name, state(row.appliedState));
            }
        }
        names.forEach((target, targetNames) -> {
            String cluster = ClusterKeys.of(target, runtime);
            List<String> all = new ArrayList<>(targetNames);
            for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK));
                List<Object[]> owners = OwnedResourceEntity.getEntityManager().createQuery(
                        "select r.name, r.project, r.environment from OwnedResourceEntity r "
                                + "where r.target = ?1 and r.name in ?2 and (r.project <> ?3 or r.environment <> ?4) "
                                + "and (r.cluster = ?5 or r.cluster = '')",
                        Object[].class)
                        .setParameter(1, target.wireValue()).setParameter(2, chunk)
                        .setParameter(3, self.project()).setParameter(4, self.environment())
                        .setParameter(5, cluster).getResultList();
                for (Object[] row : owners) {
                    builder.ownedBy(target, (String) row[0], Owner.of((String) row[1], (String) row[2]));
                }
            }
        });
        return builder.build();
    }

    /**
     * A deployment step created, updated or replaced the resource on {@code cluster}: {@code owner} owns it in
     * {@code state}. A row of the same resource from before clusters were recorded is replaced.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void own(ChangeTarget target, String cluster, String name, Owner owner, Map<String, Object> state,
            Instant at) {
        if (!cluster.equals(ClusterKeys.NONE)) {
            OwnedResourceEntity.deleteById(new ResourceId(target.wireValue(), ClusterKeys.NONE, name));
        }
        OwnedResourceEntity found = OwnedResourceEntity.findById(new ResourceId(target.wireValue(), cluster, name));
        OwnedResourceEntity row = found == null ? new OwnedResourceEntity() : found;
        row.target = target.wireValue();
        row.cluster = cluster;
        row.name = name;
        row.project = owner.project();
        row.environment = owner.environment();
        row.appliedState = state == null ? null : StreamtJson.toBytes(state);
        row.appliedAt = at;
        if (found == null) {
            row.persist();
        }
    }

    /** A deployment step deleted the resource on {@code cluster}: nobody owns it there any more. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(ChangeTarget target, String cluster, String name) {
        OwnedResourceEntity.deleteById(new ResourceId(target.wireValue(), cluster, name));
        OwnedResourceEntity.deleteById(new ResourceId(target.wireValue(), ClusterKeys.NONE, name));
    }

    /** The project/env's deployment of {@code manifestId} succeeded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applied(Owner owner, String manifestId, String changesetId, Instant at) {
        AppliedManifestEntity found = AppliedManifestEntity.findById(
                new ProjectEnvironmentId(owner.project(), owner.environment()));
        AppliedManifestEntity row = found == null ? new AppliedManifestEntity() : found;
        row.project = owner.project();
        row.environment = owner.environment();
        row.manifestId = manifestId;
        row.changesetId = changesetId;
        row.appliedAt = at;
        if (found == null) {
            row.persist();
        }
    }

    /** The manifest the project/env last applied. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> appliedManifestId(Owner owner) {
        return AppliedManifestEntity.<AppliedManifestEntity>findByIdOptional(
                new ProjectEnvironmentId(owner.project(), owner.environment())).map(row -> row.manifestId);
    }

    /** Every project/env that owns at least one resource (the ones drift is watched for). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Owner> owners() {
        return OwnedResourceEntity.getEntityManager()
                .createQuery("select distinct r.project, r.environment from OwnedResourceEntity r "
                        + "order by r.project, r.environment", Object[].class)
                .getResultList().stream().map(row -> Owner.of((String) row[0], (String) row[1])).toList();
    }

    /** Every project that owns resources or applied a manifest (to say what exists when a lookup misses). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> projects() {
        return owners().stream().map(Owner::project).distinct().toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> state(byte[] body) {
        return body == null ? null : StreamtJson.fromJson(body, Map.class);
    }
}
