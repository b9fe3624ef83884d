package dev.streamt.compiler.core.rules;

import static dev.streamt.compiler.core.rules.RuleFixture.KAFKA;
import static dev.streamt.compiler.core.rules.RuleFixture.all;
import static dev.streamt.compiler.core.rules.RuleFixture.assertAt;
import static dev.streamt.compiler.core.rules.RuleFixture.lineOf;
import static dev.streamt.compiler.core.rules.RuleFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.diagnostics.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestModelExistsRuleTest {

    @Test
    void reportsATestOfAnUnknownNodeAtItsModelWithDidYouMeanAmongModelsAndSources() {
        String project = KAFKA + """
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: orders_copy
                  sql: SELECT * FROM {{ source('orders_raw') }}
                tests:
                - name: on_source
                  model: orders_raw
                  type: schema
                - name: on_model
                  model: orders_copy
                  type: schema
                - name: typo
                  model: orders_rwa
                  type: schema
                - name: nonsense
                  model: nonexistent
                  type: schema
                """;

        List<Diagnostic> found = all(run(new TestModelExistsRule(), project));

        assertThat(found).extracting(Diagnostic::code).containsExactly("TEST_MODEL_NOT_FOUND", "TEST_MODEL_NOT_FOUND");
        assertAt(found.get(0), lineOf(project, "model: orders_rwa"), 3, "tests[2].model");
        assertThat(found.get(0).message())
                .isEqualTo("Test 'typo' checks 'orders_rwa', which is neither a model nor a source of the project");
        assertThat(found.get(0).hint()).isEqualTo("Did you mean 'orders_raw'?");
        assertThat(found.get(1).hint()).isEqualTo("Declared models and sources: orders_copy, orders_raw.");
    }

    @Test
    void saysSoWhenTheProjectDeclaresNothingToTest() {
        String project = KAFKA + """
                tests:
                - name: test1
                  model: nonexistent
                  type: schema
                """;

        Diagnostic diagnostic = RuleFixture.only(run(new TestModelExistsRule(), project), "TEST_MODEL_NOT_FOUND");

        assertAt(diagnostic, lineOf(project, "model: nonexistent"), 3, "tests[0].model");
        assertThat(diagnostic.hint()).isEqualTo("Declared models and sources: none.");
    }
}
