package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.project.TestDefinition;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import dev.streamt.contracts.testing.TestType;

/**
 * SAMPLE_SIZE_IGNORED (warning): {@code sample_size} only applies to sample tests; on a schema or continuous test it
 * does nothing. Reported at {@code sample_size}.
 */
final class SampleSizeIgnoredRule implements ProjectRule {

    @Override
    public void check(RuleContext context, Findings findings) {
        for (TestDefinition test : context.project().tests()) {
            // A missing or invalid type was reported by the loader.
            if (test.sampleSize() == null || test.type() == null || test.type() == TestType.SAMPLE) {
                continue;
            }
            findings.add(test.spanOf("sample_size").diagnostic(DiagnosticCode.SAMPLE_SIZE_IGNORED,
                    "Test '" + test.name() + "' sets sample_size " + test.sampleSize() + ", which a "
                            + test.type().wireValue() + " test ignores: only sample tests read a sample",
                    "Remove sample_size, or make it a sample test (type: sample)."));
        }
    }
}
