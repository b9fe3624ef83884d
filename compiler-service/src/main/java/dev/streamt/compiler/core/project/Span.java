package dev.streamt.compiler.core.project;

import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import java.util.Objects;

/**
 * A place in a project file: the {@code file} (relative to the project root), the 1-based {@code line} and
 * {@code column} (columns count Unicode code points, as editors do) and the YAML {@code path} written there, like
 * {@code models[2].advanced.topic.partitions} (list indexes count within that file's list; empty for a file's root).
 */
public record Span(String file, int line, int column, String path) {

    public Span {
        Objects.requireNonNull(file, "file");
        if (file.isBlank()) {
            throw new IllegalArgumentException("file must not be blank");
        }
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
        }
        path = path == null ? "" : path;
    }

    /** The start of a file. */
    public static Span startOf(String file) {
        return new Span(file, 1, 1, "");
    }

    /** The same place under another YAML path. */
    public Span withPath(String newPath) {
        return new Span(file, line, column, newPath);
    }

    /** {@code file:line:column}, for messages like "first defined at models/a.yml:3:3". */
    public String location() {
        return file + ":" + line + ":" + column;
    }

    /** A diagnostic at this place ({@code path} is null for a file's root). */
    public Diagnostic diagnostic(DiagnosticCode code, String message, String hint) {
        return Diagnostic.at(code, message, file, line, column, path.isEmpty() ? null : path, hint);
    }
}
