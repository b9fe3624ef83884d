package dev.streamt.contracts.events.payload;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;
import dev.streamt.contracts.changeset.Change;
import java.util.List;

/**
 * Event {@code dev.streamt.drift.detected.v1}: what runs differs from the last applied state of a project and
 * environment. Each of the {@code differences} is the change that would bring the resource back to the applied
 * manifest {@code manifest_id} ({@code before} = running, {@code after} = applied).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DriftDetected(
        String project,
        @Nullable String environment,
        @Nullable String manifestId,
        List<Change> differences) {

    public DriftDetected {
        Require.nonBlank(project, "project");
        Require.nullOrNonBlank(environment, "environment");
        Require.nullOrNonBlank(manifestId, "manifest_id");
        differences = Require.list(differences, "differences");
    }
}
