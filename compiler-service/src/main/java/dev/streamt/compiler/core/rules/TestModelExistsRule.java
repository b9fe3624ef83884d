package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.project.ProjectDefinition;
import dev.streamt.compiler.core.project.TestDefinition;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * TEST_MODEL_NOT_FOUND: a test's {@code model} names a model or a source of the project, with "Did you mean" among
 * both. Reported at the test's {@code model}.
 */
final class TestModelExistsRule implements ProjectRule {

    @Override
    public void check(RuleContext context, Findings findings) {
        ProjectDefinition project = context.project();
        for (TestDefinition test : project.tests()) {
            String target = test.model();
            // A missing model was reported by the loader (INVALID_VALUE).
            if (target == null || project.model(target).isPresent() || project.source(target).isPresent()) {
                continue;
            }
            Set<String> candidates = new LinkedHashSet<>(project.modelNames());
            candidates.addAll(project.sourceNames());
            findings.add(test.spanOf("model").diagnostic(DiagnosticCode.TEST_MODEL_NOT_FOUND,
                    "Test '" + test.name() + "' checks '" + target + "', which is neither a model nor a source of "
                            + "the project",
                    Names.didYouMean(target, candidates, Names.declared("models and sources", candidates))));
        }
    }
}
