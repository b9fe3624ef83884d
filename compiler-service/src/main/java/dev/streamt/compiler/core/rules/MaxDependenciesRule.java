package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.plan.ModelPlan;
import dev.streamt.compiler.core.project.policy.ModelRules;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code rules.models.max_dependencies}: no model reads from more nodes (sources and models, each counted once) than
 * that (RULE_MAX_DEPENDENCIES). The dependencies are those of the analysed model (the {@code source()} /
 * {@code ref()} calls its SQL made, or a sink's {@code from}); reported at its {@code sql} (or {@code from}).
 */
final class MaxDependenciesRule implements ProjectRule {

    @Override
    public void check(RuleContext context, Findings findings) {
        ModelRules rules = context.project().rules().models();
        Integer max = rules.maxDependencies();
        if (max == null) {
            return;
        }
        for (ModelPlan model : context.plan().models()) {
            Set<String> dependencies = new LinkedHashSet<>(model.dependsOn());
            if (dependencies.size() <= max) {
                continue;
            }
            String message = "Model '" + model.name() + "' has " + dependencies.size() + " dependencies ("
                    + String.join(", ", dependencies) + "), more than rules.models.max_dependencies (" + max + ")";
            String hint = "Split the model: combine some inputs in an intermediate model it reads instead.";
            findings.add(Spans.firstWritten(model.definition(), "sql", "from", "name").diagnostic(
                    DiagnosticCode.RULE_MAX_DEPENDENCIES, message, hint), rules.severity());
        }
    }
}
