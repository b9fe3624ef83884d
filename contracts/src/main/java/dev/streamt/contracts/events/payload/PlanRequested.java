package dev.streamt.contracts.events.payload;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;

/**
 * Command {@code dev.streamt.plan.requested.v1}: plan the changes for a manifest, named by {@code manifest_id}, or
 * for the latest manifest of {@code project} in environment {@code env}. At least one of manifest_id and project is
 * given. Also the body of {@code POST /api/v1/plans}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PlanRequested(@Nullable String manifestId, @Nullable String project, @Nullable String env) {

    public PlanRequested {
        Require.nullOrNonBlank(manifestId, "manifest_id");
        Require.nullOrNonBlank(project, "project");
        Require.nullOrNonBlank(env, "env");
        if (manifestId == null && project == null) {
            throw new IllegalArgumentException("a plan request needs manifest_id or project");
        }
    }

    /** Plan a given manifest. */
    public static PlanRequested forManifest(String manifestId) {
        return new PlanRequested(manifestId, null, null);
    }

    /** Plan the latest manifest of a project and environment. */
    public static PlanRequested forLatest(String project, String env) {
        return new PlanRequested(null, project, env);
    }
}
