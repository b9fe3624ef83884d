package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.project.ColumnDefinition;
import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.compiler.core.project.TestDefinition;
import dev.streamt.compiler.core.project.policy.ModelRules;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code rules.models.require_tests}: every model is checked by at least one test (RULE_REQUIRE_TESTS): a
 * {@code tests[]} entry whose {@code model} names it, or a test declared on one of its {@code columns[]}. Reported at
 * the model's name.
 */
final class RequireTestsRule implements ProjectRule {

    @Override
    public void check(RuleContext context, Findings findings) {
        ModelRules rules = context.project().rules().models();
        if (!rules.requireTests()) {
            return;
        }
        Set<String> tested = new HashSet<>();
        for (TestDefinition test : context.project().tests()) {
            if (test.model() != null) {
                tested.add(test.model());
            }
        }
        for (ModelDefinition model : context.project().models()) {
            if (!tested.contains(model.name()) && !hasColumnTests(model)) {
                findings.add(Spans.firstWritten(model, "name").diagnostic(DiagnosticCode.RULE_REQUIRE_TESTS,
                        "Model '" + model.name() + "' has no tests",
                        "Add a test with model: " + model.name() + " under tests, or tests on one of its columns "
                                + "(rules.models.require_tests)."), rules.severity());
            }
        }
    }

    private static boolean hasColumnTests(ModelDefinition model) {
        for (ColumnDefinition column : model.columns()) {
            if (!column.tests().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
