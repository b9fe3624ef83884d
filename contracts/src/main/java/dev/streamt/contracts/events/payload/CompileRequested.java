package dev.streamt.contracts.events.payload;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;
import java.util.Map;

/**
 * Command {@code dev.streamt.compile.requested.v1}: compile a project. Carries the {@code project} name, the project
 * {@code files} (path relative to the project root, like {@code models/orders.yml}, to its text), the environment
 * {@code env} ({@code null} when the project has none), {@code vars} overrides and who {@code requested_by}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CompileRequested(
        String project,
        Map<String, String> files,
        @Nullable String env,
        Map<String, String> vars,
        @Nullable String requestedBy) {

    public CompileRequested {
        Require.nonBlank(project, "project");
        files = Require.map(files, "files");
        Require.nullOrNonBlank(env, "env");
        vars = Require.map(vars, "vars");
    }
}
