package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.compiler.core.project.policy.ModelRules;
import dev.streamt.contracts.diagnostics.DiagnosticCode;

/** {@code rules.models.require_owner}: every model has a non-blank {@code owner} (RULE_REQUIRE_OWNER). */
final class RequireOwnerRule implements ProjectRule {

    @Override
    public void check(RuleContext context, Findings findings) {
        ModelRules rules = context.project().rules().models();
        if (!rules.requireOwner()) {
            return;
        }
        for (ModelDefinition model : context.project().models()) {
            if (model.owner() == null || model.owner().isBlank()) {
                findings.add(Spans.firstWritten(model, "owner", "name").diagnostic(DiagnosticCode.RULE_REQUIRE_OWNER,
                        "Model '" + model.name() + "' has no owner",
                        "Add owner: <the team responsible for it> (rules.models.require_owner)."), rules.severity());
            }
        }
    }
}
