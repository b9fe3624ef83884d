package dev.streamt.compiler.core.project.policy;

import dev.streamt.compiler.core.project.Immutable;
import dev.streamt.compiler.core.project.Span;
import java.util.List;
import java.util.Objects;

/**
 * One masking rule of a model: the {@code column}, the {@code policy}, {@code visibleChars} for partial masking (null
 * when not written), the roles it applies to ({@code for_roles}, only in the policies form; empty means everyone),
 * and whether it came from {@code security.masking} or the streamt CLI's {@code security.policies[].mask}.
 */
public record MaskingRule(String column, MaskingPolicy policy, Integer visibleChars, List<String> forRoles,
        Origin origin, Span span) {

    /** Where a rule was written. */
    public enum Origin {
        MASKING, POLICIES
    }

    public MaskingRule {
        Immutable.name(column, "masking column");
        Objects.requireNonNull(policy, "policy");
        forRoles = Immutable.list(forRoles);
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(span, "span");
    }
}
