package dev.streamt.compiler.core.project.load;

import dev.streamt.compiler.core.project.ProjectDefinition;
import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import dev.streamt.contracts.diagnostics.Severity;
import java.util.List;

/**
 * What reading a project gave: the typed {@code project} and the {@code diagnostics} found on the way, sorted in
 * {@link Diagnostic#REPORT_ORDER}. Every diagnostic of this stage is an error.
 *
 * <p>{@code project} is null when nothing usable was read: {@code stream_project.yml} is missing or broken, or the
 * environment could not be chosen ({@code ENVIRONMENT_REQUIRED} / {@code ENVIRONMENT_NOT_FOUND}), since compiling
 * against the wrong runtime would only add misleading errors. Otherwise it holds everything that was valid: a field
 * with an invalid value is left unset (null, empty), a definition without a usable name is left out, and of two
 * definitions with the same name only the first is kept.
 */
public record LoadResult(ProjectDefinition project, List<Diagnostic> diagnostics) {

    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
        for (Diagnostic diagnostic : diagnostics) {
            if (severityOf(diagnostic) == Severity.ERROR) {
                return true;
            }
        }
        return false;
    }

    /** The codes of the diagnostics, in report order (handy in tests and logs). */
    public List<String> codes() {
        return diagnostics.stream().map(Diagnostic::code).toList();
    }

    private static Severity severityOf(Diagnostic diagnostic) {
        try {
            return DiagnosticCode.valueOf(diagnostic.code()).severity();
        } catch (IllegalArgumentException unknown) {
            return Severity.ERROR;
        }
    }
}
