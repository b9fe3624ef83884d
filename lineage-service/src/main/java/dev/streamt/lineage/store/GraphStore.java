package dev.streamt.lineage.store;

import dev.streamt.lineage.catalog.ManifestStamp;
import dev.streamt.lineage.graph.GraphKey;
import dev.streamt.lineage.status.ArtifactState;
import dev.streamt.lineage.status.TestState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lineage tables of the service's schema. Every method runs in the caller's transaction; it reads and writes rows
 * and decides nothing (which fact is newer is the core's call). Thread-safe (stateless; the entity manager is the
 * transaction's).
 */
@ApplicationScoped
public class GraphStore {

    /** A stored manifest and the revision it was stored under. */
    public record StoredManifest(byte[] manifest, long revision) {
    }

    @Inject
    EntityManager em;

    /** The stamp of the stored manifest, the row locked until the transaction ends; null when none is stored. */
    public ManifestStamp lockedStamp(GraphKey key) {
        ProjectGraphEntity row = em.find(ProjectGraphEntity.class, new GraphId(key), LockModeType.PESSIMISTIC_WRITE);
        return row == null ? null : new ManifestStamp(row.manifestId, row.compiledAt, row.eventTime, row.eventId);
    }

    /** Stores a manifest under a new revision (insert or replace). */
    public void saveManifest(GraphKey key, ManifestStamp stamp, byte[] manifest) {
        ProjectGraphEntity row = em.find(ProjectGraphEntity.class, new GraphId(key));
        boolean fresh = row == null;
        if (fresh) {
            row = new ProjectGraphEntity();
            row.id = new GraphId(key);
        }
        row.manifestId = stamp.manifestId();
        row.compiledAt = stamp.compiledAt();
        row.eventTime = stamp.eventTime();
        row.eventId = stamp.eventId();
        row.manifest = manifest;
        row.revision = nextRevision();
        row.updatedAt = Instant.now();
        if (fresh) {
            em.persist(row);
        }
    }

    public StoredManifest manifest(GraphKey key) {
        ProjectGraphEntity row = em.find(ProjectGraphEntity.class, new GraphId(key));
        return row == null ? null : new StoredManifest(row.manifest, row.revision);
    }

    /** The revision of every stored manifest. */
    public Map<GraphKey, Long> graphRevisions() {
        return revisions("SELECT g.id.project, g.id.environment, g.revision FROM ProjectGraphEntity g");
    }

    /** The status revision of every project and environment that has any deployment or test outcome. */
    public Map<GraphKey, Long> statusRevisions() {
        return revisions("SELECT s.id.project, s.id.environment, s.revision FROM StatusRevisionEntity s");
    }

    public ArtifactState lockedArtifact(GraphKey key, String target, String name) {
        ArtifactStatusEntity row = em.find(ArtifactStatusEntity.class, artifactKey(key, target, name),
                LockModeType.PESSIMISTIC_WRITE);
        return row == null ? null : toState(row);
    }

    public void saveArtifact(GraphKey key, ArtifactState state) {
        ArtifactStatusEntity.Key id = artifactKey(key, state.target(), state.name());
        ArtifactStatusEntity row = em.find(ArtifactStatusEntity.class, id);
        boolean fresh = row == null;
        if (fresh) {
            row = new ArtifactStatusEntity();
            row.id = id;
        }
        row.deploymentId = state.deploymentId();
        row.record(state.status(), state.error(), state.at(), state.eventTime(), state.eventId());
        if (fresh) {
            em.persist(row);
        }
    }

    public TestState lockedTest(GraphKey key, String test) {
        TestStatusEntity row = em.find(TestStatusEntity.class, testKey(key, test), LockModeType.PESSIMISTIC_WRITE);
        return row == null ? null : toState(row);
    }

    public void saveTest(GraphKey key, TestState state) {
        TestStatusEntity.Key id = testKey(key, state.test());
        TestStatusEntity row = em.find(TestStatusEntity.class, id);
        boolean fresh = row == null;
        if (fresh) {
            row = new TestStatusEntity();
            row.id = id;
        }
        row.runId = state.runId();
        row.record(state.status(), state.error(), state.at(), state.eventTime(), state.eventId());
        if (fresh) {
            em.persist(row);
        }
    }

    /**
     * Gives the statuses of a project and environment a new revision. The deployment and the test consumers both do
     * this for the same key at the same time, so it is one upsert; on a conflict the number is drawn only once the
     * row lock is held, so revisions of a key grow in commit order and a pod that saw one has seen all below it.
     */
    public void bumpStatusRevision(GraphKey key) {
        em.createNativeQuery("""
                INSERT INTO status_revision (project, environment, revision)
                VALUES (?1, ?2, nextval('lineage_revision_seq'))
                ON CONFLICT (project, environment) DO UPDATE SET revision = nextval('lineage_revision_seq')""")
                .setParameter(1, key.project()).setParameter(2, key.environment()).executeUpdate();
    }

    public List<ArtifactState> artifacts(GraphKey key) {
        return em.createQuery("FROM ArtifactStatusEntity a WHERE a.id.project = ?1 AND a.id.environment = ?2",
                ArtifactStatusEntity.class).setParameter(1, key.project()).setParameter(2, key.environment())
                .getResultStream().map(GraphStore::toState).toList();
    }

    public List<TestState> tests(GraphKey key) {
        return em.createQuery("FROM TestStatusEntity t WHERE t.id.project = ?1 AND t.id.environment = ?2",
                TestStatusEntity.class).setParameter(1, key.project()).setParameter(2, key.environment())
                .getResultStream().map(GraphStore::toState).toList();
    }

    private long nextRevision() {
        return ((Number) em.createNativeQuery("SELECT nextval('lineage_revision_seq')").getSingleResult()).longValue();
    }

    private Map<GraphKey, Long> revisions(String jpql) {
        Map<GraphKey, Long> revisions = new HashMap<>();
        for (Object[] row : em.createQuery(jpql, Object[].class).getResultList()) {
            revisions.put(new GraphKey((String) row[0], (String) row[1]), ((Number) row[2]).longValue());
        }
        return revisions;
    }

    private static ArtifactStatusEntity.Key artifactKey(GraphKey key, String target, String name) {
        ArtifactStatusEntity.Key id = new ArtifactStatusEntity.Key();
        id.project = key.project();
        id.environment = key.environment();
        id.target = target;
        id.name = name;
        return id;
    }

    private static TestStatusEntity.Key testKey(GraphKey key, String test) {
        TestStatusEntity.Key id = new TestStatusEntity.Key();
        id.project = key.project();
        id.environment = key.environment();
        id.testName = test;
        return id;
    }

    private static ArtifactState toState(ArtifactStatusEntity row) {
        return new ArtifactState(row.id.target, row.id.name, row.deploymentId, row.status, row.error, row.occurredAt,
                row.eventTime, row.eventId);
    }

    private static TestState toState(TestStatusEntity row) {
        return new TestState(row.id.testName, row.runId, row.status, row.error, row.occurredAt, row.eventTime,
                row.eventId);
    }
}
