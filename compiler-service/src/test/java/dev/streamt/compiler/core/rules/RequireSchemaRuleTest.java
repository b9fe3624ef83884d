package dev.streamt.compiler.core.rules;

import static dev.streamt.compiler.core.rules.RuleFixture.KAFKA;
import static dev.streamt.compiler.core.rules.RuleFixture.all;
import static dev.streamt.compiler.core.rules.RuleFixture.assertAt;
import static dev.streamt.compiler.core.rules.RuleFixture.lineOf;
import static dev.streamt.compiler.core.rules.RuleFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;

class RequireSchemaRuleTest {

    private static String project(String rules) {
        return KAFKA + rules + """
                sources:
                - name: with_schema
                  topic: a
                  schema:
                    format: json
                - name: columns_only
                  topic: b
                  columns:
                  - name: id
                - name: nothing
                  topic: c
                """;
    }

    @Test
    void reportsSourcesWithoutSchemaAtTheirNameWithAHintFittingTheirColumns() {
        String project = project("rules:\n  sources:\n    require_schema: true\n");

        Diagnostics result = run(new RequireSchemaRule(), project);

        assertThat(result.errors()).extracting(Diagnostic::code)
                .containsExactly("RULE_REQUIRE_SCHEMA", "RULE_REQUIRE_SCHEMA");
        assertAt(result.errors().get(0), lineOf(project, "- name: columns_only"), 3, "sources[1].name");
        assertThat(result.errors().get(0).message()).isEqualTo("Source 'columns_only' has no schema");
        assertThat(result.errors().get(0).hint()).startsWith("Add schema: {format: avro} to generate the schema");
        assertAt(result.errors().get(1), lineOf(project, "- name: nothing"), 3, "sources[2].name");
        assertThat(result.errors().get(1).hint()).startsWith("Add schema: {format: avro|json|protobuf");
    }

    @Test
    void isSilentWithoutTheRule() {
        assertThat(all(run(new RequireSchemaRule(), project("")))).isEmpty();
    }

    @Test
    void severityWarningMakesThemWarnings() {
        assertThat(run(new RequireSchemaRule(), project("rules:\n  sources:\n    severity: warning\n"
                + "    require_schema: true\n")).warnings()).hasSize(2);
    }
}
