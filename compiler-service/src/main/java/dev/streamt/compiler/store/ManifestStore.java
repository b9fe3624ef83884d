package dev.streamt.compiler.store;

import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.json.StreamtJson;
import dev.streamt.contracts.manifest.Manifest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Manifests per project and environment, with their history. A manifest compiled again unchanged is stored once (same
 * id) and appears again in the history with its new compile time, so the history says when the project was compiled and
 * {@code latest} is always the most recent compile.
 */
@ApplicationScoped
public class ManifestStore {

    /** One entry of a project's history. */
    public record HistoryEntry(String manifestId, Instant compiledAt, String correlationId, String requestedBy) {
    }

    /**
     * Stores the manifest (if new) and appends it to the history of its project and environment.
     *
     * @param body the manifest's JSON as the contracts' codec writes it (what a {@code manifest_ref} digests)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Manifest manifest, byte[] body, String correlationId, String requestedBy) {
        String environment = environmentKey(manifest.environment());
        if (ManifestEntity.findById(manifest.id()) == null) {
            ManifestEntity entity = new ManifestEntity();
            entity.id = manifest.id();
            entity.project = manifest.projectName();
            entity.environment = environment;
            entity.body = body;
            entity.storedAt = Instant.now();
            entity.persist();
        }
        ManifestHistoryEntity entry = new ManifestHistoryEntity();
        entry.manifestId = manifest.id();
        entry.project = manifest.projectName();
        entry.environment = environment;
        entry.compiledAt = manifest.compiledAt();
        entry.correlationId = correlationId;
        entry.requestedBy = requestedBy;
        entry.persist();
    }

    /** The manifest with this id, as last compiled (its {@code compiled_at} is the latest compile). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Manifest> byId(String id) {
        ManifestEntity entity = ManifestEntity.findById(id);
        if (entity == null) {
            return Optional.empty();
        }
        Manifest stored = StreamtJson.fromJson(entity.body, Manifest.class);
        ManifestHistoryEntity last = ManifestHistoryEntity.find("manifestId = ?1 order by seq desc", id).firstResult();
        return Optional.of(last == null ? stored : withCompiledAt(stored, last.compiledAt));
    }

    /**
     * The exact JSON of one compile of a manifest, as a {@code manifest_ref} digests it: the stored manifest with that
     * compile's {@code compiled_at}. Empty when the manifest or that compile of it is unknown.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<byte[]> compiledBytes(String id, Instant compiledAt) {
        ManifestEntity entity = ManifestEntity.findById(id);
        if (entity == null || ManifestHistoryEntity.count("manifestId = ?1 and compiledAt = ?2", id, compiledAt) == 0) {
            return Optional.empty();
        }
        // The body was stored by the manifest's first compile (history is never deleted), so that compile's bytes are
        // the body as is, served without parsing megabytes of JSON. A later compile differs in compiled_at only, and
        // the canonical codec writes the same manifest to the same bytes.
        ManifestHistoryEntity first = ManifestHistoryEntity.find("manifestId = ?1 order by seq", id).firstResult();
        if (first.compiledAt.equals(compiledAt)) {
            return Optional.of(entity.body);
        }
        Manifest stored = StreamtJson.fromJson(entity.body, Manifest.class);
        return Optional.of(StreamtJson.toBytes(withCompiledAt(stored, compiledAt)));
    }

    /** The history of a project and environment, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(String project, String environment, int limit) {
        List<ManifestHistoryEntity> rows = ManifestHistoryEntity
                .find("project = ?1 and environment = ?2 order by seq desc", project, environmentKey(environment))
                .page(0, limit).list();
        return rows.stream().map(r -> new HistoryEntry(r.manifestId, r.compiledAt, r.correlationId, r.requestedBy))
                .toList();
    }

    /** The most recent manifest of a project and environment. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Manifest> latest(String project, String environment) {
        ManifestHistoryEntity last = ManifestHistoryEntity
                .find("project = ?1 and environment = ?2 order by seq desc", project, environmentKey(environment))
                .firstResult();
        if (last == null) {
            return Optional.empty();
        }
        ManifestEntity entity = ManifestEntity.findById(last.manifestId);
        return Optional.of(withCompiledAt(StreamtJson.fromJson(entity.body, Manifest.class), last.compiledAt));
    }

    /** The environments a project has manifests for (to say what exists when a lookup misses). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> environments(String project) {
        return ManifestHistoryEntity.getEntityManager()
                .createQuery("select distinct h.environment from ManifestHistoryEntity h where h.project = ?1 "
                        + "order by h.environment", String.class)
                .setParameter(1, project).getResultList();
    }

    /** Every project with at least one manifest. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> projects() {
        return ManifestHistoryEntity.getEntityManager()
                .createQuery("select distinct h.project from ManifestHistoryEntity h order by h.project", String.class)
                .getResultList();
    }

    /**
     * The latest manifest of another project for a cross-project {@code ref()}: for the same environment name, or, when
     * the other project has no environments, its only one.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Manifest> latestForeign(String project, String environment) {
        Optional<Manifest> sameEnvironment = latest(project, environment);
        return sameEnvironment.isPresent() || environment == null ? sameEnvironment : latest(project, null);
    }

    static String environmentKey(String environment) {
        return environment == null ? Subject.DEFAULT_ENVIRONMENT : environment;
    }

    private static Manifest withCompiledAt(Manifest m, Instant compiledAt) {
        return m.withIdentity(m.id(), compiledAt);
    }
}
