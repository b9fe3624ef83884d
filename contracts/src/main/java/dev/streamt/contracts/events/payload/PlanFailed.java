package dev.streamt.contracts.events.payload;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;

/**
 * Event {@code dev.streamt.plan.failed.v1}: a plan could not be made (unknown manifest, infrastructure unreachable);
 * {@code reason} says why.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PlanFailed(String project, @Nullable String environment, @Nullable String manifestId, String reason) {

    public PlanFailed {
        Require.nonBlank(project, "project");
        Require.nullOrNonBlank(environment, "environment");
        Require.nullOrNonBlank(manifestId, "manifest_id");
        Require.nonBlank(reason, "reason");
    }
}
