package dev.streamt.compiler.core.jinja;

import dev.streamt.contracts.diagnostics.DiagnosticCode;
import java.util.Objects;

/**
 * Why a template did not render cleanly, at a position inside the template (the compiler maps it to the YAML line).
 *
 * @param line   1-based line inside the template
 * @param column 1-based column inside the template
 * @param hint   what to do about it, or null
 */
public record RenderProblem(DiagnosticCode code, String message, int line, int column, String hint) {
    public RenderProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        line = Math.max(1, line);
        column = Math.max(1, column);
    }
}
