package dev.streamt.deployer.core.policy;

import java.util.Optional;

/** A protected environment (or one that asks for confirmation or a reviewed plan) is applied only by a named approver. */
public final class ApproverRequiredRule implements RefusalRule {

    @Override
    public Optional<String> refusal(ApplyContext context) {
        if (!context.changeSet().safety().needsApprover() || context.approvedBy() != null) {
            return Optional.empty();
        }
        return Optional.of("environment '" + context.environmentName()
                + "' is protected: the apply must name who approved it (approved_by)");
    }
}
