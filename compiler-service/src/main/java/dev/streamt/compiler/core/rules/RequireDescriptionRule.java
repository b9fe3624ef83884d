package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.compiler.core.project.policy.ModelRules;
import dev.streamt.contracts.diagnostics.DiagnosticCode;

/**
 * {@code rules.models.require_description}: every model has a non-blank {@code description}
 * (RULE_REQUIRE_DESCRIPTION), reported at the model's name.
 */
final class RequireDescriptionRule implements ProjectRule {

    @Override
    public void check(RuleContext context, Findings findings) {
        ModelRules rules = context.project().rules().models();
        if (!rules.requireDescription()) {
            return;
        }
        for (ModelDefinition model : context.project().models()) {
            if (model.description() == null || model.description().isBlank()) {
                findings.add(Spans.firstWritten(model, "description", "name").diagnostic(
                        DiagnosticCode.RULE_REQUIRE_DESCRIPTION, "Model '" + model.name() + "' has no description",
                        "Add description: <what the model holds and who uses it> (rules.models.require_description)."),
                        rules.severity());
            }
        }
    }
}
