package dev.streamt.compiler.core.rules;

import static dev.streamt.compiler.core.rules.RuleFixture.FLINK;
import static dev.streamt.compiler.core.rules.RuleFixture.assertAt;
import static dev.streamt.compiler.core.rules.RuleFixture.lineOf;
import static dev.streamt.compiler.core.rules.RuleFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;

class SampleSizeIgnoredRuleTest {

    @Test
    void warnsAboutSampleSizeOnlyOnTestsThatAreNotSampleTests() {
        String project = FLINK + """
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                tests:
                - name: sampled
                  model: orders_raw
                  type: sample
                  sample_size: 500
                - name: watched
                  model: orders_raw
                  type: continuous
                  sample_size: 25
                - name: shape
                  model: orders_raw
                  type: schema
                """;

        Diagnostics result = run(new SampleSizeIgnoredRule(), project);

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).extracting(Diagnostic::code).containsExactly("SAMPLE_SIZE_IGNORED");
        Diagnostic diagnostic = result.warnings().get(0);
        assertAt(diagnostic, lineOf(project, "sample_size: 25"), 3, "tests[1].sample_size");
        assertThat(diagnostic.message()).isEqualTo("Test 'watched' sets sample_size 25, which a continuous test "
                + "ignores: only sample tests read a sample");
        assertThat(diagnostic.hint()).isEqualTo("Remove sample_size, or make it a sample test (type: sample).");
    }
}
