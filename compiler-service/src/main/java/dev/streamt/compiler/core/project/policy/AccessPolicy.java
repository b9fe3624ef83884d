package dev.streamt.compiler.core.project.policy;

import dev.streamt.compiler.core.project.Immutable;
import dev.streamt.compiler.core.project.Span;
import java.util.List;
import java.util.Objects;

/** An {@code allow} or {@code deny} entry of the streamt CLI's {@code security.policies[]}: roles and a purpose. */
public record AccessPolicy(Effect effect, List<String> roles, String purpose, Span span) {

    /** Whether the roles are allowed or denied. */
    public enum Effect {
        ALLOW, DENY
    }

    public AccessPolicy {
        Objects.requireNonNull(effect, "effect");
        roles = Immutable.list(roles);
        Objects.requireNonNull(span, "span");
    }
}
