package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.project.OnFailureAction;
import dev.streamt.compiler.core.project.ProjectDefinition;
import dev.streamt.compiler.core.project.TestDefinition;
import dev.streamt.contracts.diagnostics.DiagnosticCode;

/**
 * DLQ_MODEL_NOT_FOUND: an {@code on_failure} {@code dlq{model}} action (the streamt CLI form) names a model of the
 * project that receives the failing records. Reported at its {@code model}, with "Did you mean".
 */
final class DlqModelExistsRule implements ProjectRule {

    @Override
    public void check(RuleContext context, Findings findings) {
        ProjectDefinition project = context.project();
        for (TestDefinition test : project.tests()) {
            for (OnFailureAction action : test.onFailure()) {
                if (!(action instanceof OnFailureAction.Dlq dlq) || dlq.model() == null
                        || project.model(dlq.model()).isPresent()) {
                    continue;
                }
                findings.add(Spans.insideItem(test, dlq.span(), "dlq.model").diagnostic(
                        DiagnosticCode.DLQ_MODEL_NOT_FOUND, "The dlq action of test '" + test.name()
                                + "' sends failing records to model '" + dlq.model() + "', which is not declared",
                        Names.didYouMean(dlq.model(), project.modelNames(), "Declare model '" + dlq.model()
                                + "', or write dlq: {topic: <topic>, include_error: true}.")));
            }
        }
    }
}
