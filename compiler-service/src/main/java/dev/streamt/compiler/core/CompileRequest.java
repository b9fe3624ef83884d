package dev.streamt.compiler.core;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One compilation: the project's files (path → bytes as uploaded), the environment to compile for (null when the project
 * has none) and the {@code vars} overrides of the request.
 */
public record CompileRequest(Map<String, byte[]> files, String environment, Map<String, String> varOverrides) {
    public CompileRequest {
        Objects.requireNonNull(files, "files");
        files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
        environment = environment == null || environment.isBlank() ? null : environment;
        varOverrides = varOverrides == null ? Map.of() : Map.copyOf(varOverrides);
    }
}
