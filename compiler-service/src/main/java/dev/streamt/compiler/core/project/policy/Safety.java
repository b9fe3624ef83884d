package dev.streamt.compiler.core.project.policy;

/**
 * The {@code safety} block of an environment: whether an apply needs an explicit confirmation
 * ({@code confirm_apply}, default: whether the environment is {@code protected}), whether destructive changes are
 * allowed at all ({@code allow_destructive}, default: whether the environment is not protected; an apply still
 * approves them explicitly), whether apply needs a reviewed plan
 * ({@code require_reviewed_plan}, default false).
 */
public record Safety(boolean confirmApply, boolean allowDestructive, boolean requireReviewedPlan) {

    /** The defaults of an environment that is not protected. */
    public static final Safety DEFAULT = new Safety(false, true, false);
}
