package dev.streamt.contracts.changeset;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;
import dev.streamt.contracts.manifest.EnvironmentSafety;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.contracts.manifest.RuntimeTargets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A plan: what must change in the running infrastructure of a project and environment to match a manifest. Made by the
 * planner from the manifest {@code manifest_id} and the last applied one ({@code base_manifest_id}, {@code null} on the
 * first plan), with a {@code summary} and the ordered {@code changes}. Applied as a whole by the deployer. Change ids
 * are unique and {@code depends_on} only names changes of the set. {@code summary} is computed from the changes when
 * not given. It carries the {@code runtime} targets (placeholders unresolved) and the environment's {@code safety}
 * from its manifest, so that the deployer needs nothing but the change set.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChangeSet(
        String id,
        String project,
        @Nullable String environment,
        String manifestId,
        @Nullable String baseManifestId,
        Instant createdAt,
        ChangeSummary summary,
        List<Change> changes,
        RuntimeTargets runtime,
        EnvironmentSafety safety) {

    public ChangeSet {
        Require.nonBlank(id, "changeset id");
        Require.nonBlank(project, "project");
        Require.nullOrNonBlank(environment, "environment");
        Require.nonBlank(manifestId, "manifest_id");
        Require.nullOrNonBlank(baseManifestId, "base_manifest_id");
        Require.nonNull(createdAt, "created_at");
        changes = Require.list(changes, "changes");
        Set<String> ids = new HashSet<>();
        for (Change change : changes) {
            if (!ids.add(change.id())) {
                throw new IllegalArgumentException("duplicate change id '" + change.id() + "'");
            }
        }
        for (Change change : changes) {
            for (String dependency : change.dependsOn()) {
                if (!ids.contains(dependency)) {
                    throw new IllegalArgumentException("change '" + change.id() + "' depends on unknown change '"
                            + dependency + "'");
                }
            }
        }
        summary = summary == null ? ChangeSummary.of(changes) : summary;
        runtime = runtime == null ? RuntimeTargets.NONE : runtime;
        safety = safety == null ? EnvironmentSafety.UNPROTECTED : safety;
    }

    /** A change set without runtime targets, for an unprotected environment. */
    public ChangeSet(String id, String project, String environment, String manifestId, String baseManifestId,
            Instant createdAt, ChangeSummary summary, List<Change> changes) {
        this(id, project, environment, manifestId, baseManifestId, createdAt, summary, changes, null, null);
    }

    /** A change set whose summary is counted from its changes. */
    public static ChangeSet of(String id, String project, String environment, String manifestId, String baseManifestId,
            Instant createdAt, List<Change> changes) {
        return new ChangeSet(id, project, environment, manifestId, baseManifestId, createdAt, null, changes);
    }

    /**
     * A change set planned from {@code manifest}: it carries the manifest's runtime targets and safety, so the deployer
     * needs nothing else; its summary is counted from its changes.
     */
    public static ChangeSet planned(String id, Manifest manifest, String baseManifestId, Instant createdAt,
            List<Change> changes) {
        return new ChangeSet(id, manifest.projectName(), manifest.environment(), manifest.id(), baseManifestId,
                createdAt, null, changes, manifest.runtime(), manifest.safety());
    }

    /** Whether any change is destructive. */
    public boolean hasDestructiveChanges() {
        return changes.stream().anyMatch(Change::destructive);
    }

    /** Whether any change is blocked. */
    public boolean hasBlockedChanges() {
        return changes.stream().anyMatch(change -> change.action() == ChangeAction.BLOCKED);
    }
}
