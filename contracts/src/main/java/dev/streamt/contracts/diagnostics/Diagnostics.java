package dev.streamt.contracts.diagnostics;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Require;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The outcome of validating a project: {@code valid} is true exactly when there are no {@code errors}; warnings never
 * make a project invalid. Returned by {@code POST /api/v1/validate} and carried by {@code ManifestRejected}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Diagnostics(boolean valid, List<Diagnostic> errors, List<Diagnostic> warnings) {

    /** No errors, no warnings. */
    public static final Diagnostics NONE = new Diagnostics(true, List.of(), List.of());

    public Diagnostics {
        errors = Require.list(errors, "errors");
        warnings = Require.list(warnings, "warnings");
        if (valid != errors.isEmpty()) {
            throw new IllegalArgumentException("valid must be " + errors.isEmpty() + " when there are "
                    + errors.size() + " errors");
        }
    }

    /** Diagnostics computing {@code valid}; both lists are sorted in {@link Diagnostic#REPORT_ORDER}. */
    public static Diagnostics of(List<Diagnostic> errors, List<Diagnostic> warnings) {
        List<Diagnostic> sortedErrors = sorted(errors);
        return new Diagnostics(sortedErrors.isEmpty(), sortedErrors, sorted(warnings));
    }

    /** Splits diagnostics by the severity the caller decided for each one. */
    public static Diagnostics split(List<Diagnostic> diagnostics, Function<Diagnostic, Severity> severity) {
        List<Diagnostic> errors = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        for (Diagnostic diagnostic : Require.list(diagnostics, "diagnostics")) {
            (severity.apply(diagnostic) == Severity.ERROR ? errors : warnings).add(diagnostic);
        }
        return of(errors, warnings);
    }

    /** Whether there is at least one error. */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** These diagnostics and {@code other}'s together, re-sorted. */
    public Diagnostics merge(Diagnostics other) {
        List<Diagnostic> allErrors = new ArrayList<>(errors);
        allErrors.addAll(other.errors());
        List<Diagnostic> allWarnings = new ArrayList<>(warnings);
        allWarnings.addAll(other.warnings());
        return of(allErrors, allWarnings);
    }

    private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        List<Diagnostic> copy = new ArrayList<>(Require.list(diagnostics, "diagnostics"));
        copy.sort(Diagnostic.REPORT_ORDER);
        return copy;
    }
}
