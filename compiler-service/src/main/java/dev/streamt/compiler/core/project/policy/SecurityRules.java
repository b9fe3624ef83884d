package dev.streamt.compiler.core.project.policy;

import dev.streamt.contracts.diagnostics.Severity;
import java.util.Objects;

/** {@code rules.security}: required classification, masking of sensitive columns, and the severity. */
public record SecurityRules(boolean requireClassification, boolean sensitiveColumnsRequireMasking,
        Severity severity) {

    /** No security rules. */
    public static final SecurityRules NONE = new SecurityRules(false, false, Severity.ERROR);

    public SecurityRules {
        Objects.requireNonNull(severity, "severity");
    }
}
