package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What an apply to an environment must satisfy, from its {@code environment} and {@code safety} blocks: whether the
 * environment is {@code protected}, whether an apply needs a named approver ({@code confirm_apply}), whether destructive
 * changes may run at all ({@code allow_destructive}; they always also need the apply's own approval) and whether the
 * plan must have been reviewed ({@code require_reviewed_plan}: the apply must name its approver too).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EnvironmentSafety(
        @JsonProperty("protected") boolean protectedEnvironment,
        boolean confirmApply,
        boolean allowDestructive,
        boolean requireReviewedPlan) {

    /** The safety of a project without environments, or of an environment that declares none: no approver needed. */
    public static final EnvironmentSafety UNPROTECTED = new EnvironmentSafety(false, false, true, false);

    /** Whether an apply must name who approved it. */
    public boolean needsApprover() {
        return protectedEnvironment || confirmApply || requireReviewedPlan;
    }
}
