package dev.streamt.compiler.core;

import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import dev.streamt.contracts.diagnostics.Diagnostics;
import dev.streamt.contracts.diagnostics.Severity;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every problem one compilation finds, with its severity: a code's default severity (DSL.md), or the one a rule block
 * sets ({@code severity: warning}). Stages add to it; the compiler turns it into {@link Diagnostics} once at the end,
 * sorted by file and line. Not thread-safe: one per compilation, used by the compiling thread.
 */
public final class Findings {

    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<Diagnostic, Severity> severities = new IdentityHashMap<>();

    /** Adds a problem with its code's default severity (unknown codes count as errors). */
    public void add(Diagnostic diagnostic) {
        add(diagnostic, defaultSeverity(diagnostic.code()));
    }

    static Severity defaultSeverity(String code) {
        for (DiagnosticCode known : DiagnosticCode.values()) {
            if (known.name().equals(code)) {
                return known.severity();
            }
        }
        return Severity.ERROR;
    }

    /** Adds a problem with an explicit severity (a governance rule set to {@code warning}). */
    public void add(Diagnostic diagnostic, Severity severity) {
        diagnostics.add(diagnostic);
        severities.put(diagnostic, severity);
    }

    public void addAll(List<Diagnostic> more) {
        more.forEach(this::add);
    }

    /** Whether any error was found so far. */
    public boolean hasErrors() {
        return severities.values().stream().anyMatch(s -> s == Severity.ERROR);
    }

    /** Whether a problem of this code was found so far. */
    public boolean has(DiagnosticCode code) {
        return diagnostics.stream().anyMatch(d -> d.code().equals(code.name()));
    }

    /** Everything found, as the contract's diagnostics. */
    public Diagnostics toDiagnostics() {
        return Diagnostics.split(diagnostics, severities::get);
    }
}
