package dev.streamt.compiler.core.project.policy;

import dev.streamt.contracts.diagnostics.Severity;
import java.util.Objects;

/** {@code rules.models}: required description, owner and tests, a bound on dependencies, and the severity. */
public record ModelRules(boolean requireDescription, boolean requireOwner, boolean requireTests,
        Integer maxDependencies, Severity severity) {

    /** No model rules. */
    public static final ModelRules NONE = new ModelRules(false, false, false, null, Severity.ERROR);

    public ModelRules {
        Objects.requireNonNull(severity, "severity");
    }
}
