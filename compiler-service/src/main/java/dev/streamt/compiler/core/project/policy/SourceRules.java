package dev.streamt.compiler.core.project.policy;

import dev.streamt.contracts.diagnostics.Severity;
import java.util.Objects;

/** {@code rules.sources}: required schema and freshness, and the severity. */
public record SourceRules(boolean requireSchema, boolean requireFreshness, Severity severity) {

    /** No source rules. */
    public static final SourceRules NONE = new SourceRules(false, false, Severity.ERROR);

    public SourceRules {
        Objects.requireNonNull(severity, "severity");
    }
}
