package dev.streamt.contracts.http;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Require;
import java.util.Map;

/**
 * A project uploaded as JSON ({@code Content-Type: application/json}): its {@code files}, from the path relative to
 * the project root (like {@code stream_project.yml}, {@code models/orders.yml}) to the file's text.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProjectFiles(Map<String, String> files) {

    /** The name of the project file at the root of every project. */
    public static final String PROJECT_FILE = "stream_project.yml";

    public ProjectFiles {
        files = Require.map(files, "files");
    }
}
