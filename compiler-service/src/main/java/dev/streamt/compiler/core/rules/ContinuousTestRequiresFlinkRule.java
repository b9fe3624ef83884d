package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.project.TestDefinition;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import dev.streamt.contracts.testing.TestType;

/**
 * CONTINUOUS_TEST_REQUIRES_FLINK: a continuous test runs as the Flink job {@code test_<name>}, so the runtime needs a
 * Flink cluster. Reported at the test's {@code type}.
 */
final class ContinuousTestRequiresFlinkRule implements ProjectRule {

    @Override
    public void check(RuleContext context, Findings findings) {
        if (context.project().runtime().hasFlink()) {
            return;
        }
        for (TestDefinition test : context.project().tests()) {
            if (test.type() == TestType.CONTINUOUS) {
                findings.add(test.spanOf("type").diagnostic(DiagnosticCode.CONTINUOUS_TEST_REQUIRES_FLINK,
                        "Test '" + test.name() + "' is continuous and runs as the Flink job 'test_" + test.name()
                                + "', but runtime.flink declares no cluster",
                        "Add a cluster under runtime.flink.clusters, or run the test on demand with type: sample."));
            }
        }
    }
}
