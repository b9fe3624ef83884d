package dev.streamt.contracts.diagnostics;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;
import java.util.Comparator;

/**
 * One problem (or warning) found in a project by validation or compilation: a stable {@code code} (see
 * {@link DiagnosticCode}), a human message, where it is ({@code file} relative to the project root, 1-based
 * {@code line} and {@code column}, YAML {@code path} like {@code models[2].sql}) and an optional {@code hint} such as
 * "Did you mean 'orders_clean'?". Position fields are {@code null} when unknown.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Diagnostic(
        String code,
        String message,
        @Nullable String file,
        @Nullable Integer line,
        @Nullable Integer column,
        @Nullable String path,
        @Nullable String hint) {

    /** Sorted by file (unknown first), line, column, then code: the order in which diagnostics are reported. */
    public static final Comparator<Diagnostic> REPORT_ORDER = Comparator
            .comparing(Diagnostic::file, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(Diagnostic::line, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
            .thenComparing(Diagnostic::column, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
            .thenComparing(Diagnostic::code);

    public Diagnostic {
        Require.nonBlank(code, "code");
        Require.nonBlank(message, "message");
        Require.nullOrNonBlank(file, "file");
        Require.nullOrPositive(line, "line");
        Require.nullOrPositive(column, "column");
    }

    /** A diagnostic with a known code and no position. */
    public static Diagnostic of(DiagnosticCode code, String message) {
        return new Diagnostic(code.name(), message, null, null, null, null, null);
    }

    /** A diagnostic with a known code at a position of a file. */
    public static Diagnostic at(DiagnosticCode code, String message, String file, Integer line, Integer column,
            String path, String hint) {
        return new Diagnostic(code.name(), message, file, line, column, path, hint);
    }
}
