package dev.streamt.compiler.core.rules;

import static dev.streamt.compiler.core.rules.RuleFixture.FLINK;
import static dev.streamt.compiler.core.rules.RuleFixture.all;
import static dev.streamt.compiler.core.rules.RuleFixture.assertAt;
import static dev.streamt.compiler.core.rules.RuleFixture.lineOf;
import static dev.streamt.compiler.core.rules.RuleFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.diagnostics.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExposureReferencesRuleTest {

    @Test
    void reportsUnknownSourcesModelsAndDependenciesAtTheirNames() {
        String project = FLINK + """
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: orders_clean
                  sql: SELECT * FROM {{ source("orders_raw") }}
                exposures:
                - name: billing
                  type: application
                  produces:
                  - source: orders_rwa
                  consumes:
                  - ref: orders_clean
                  - ref: orders_cleen
                  - ref: other_project.model_x
                  depends_on:
                  - source: orders_raw
                  - source: orders_clean
                  - ref: nothing_like_it
                """;

        List<Diagnostic> found = all(run(new ExposureReferencesRule(), project));

        assertThat(found).extracting(Diagnostic::code).containsExactly("EXPOSURE_SOURCE_NOT_FOUND",
                "EXPOSURE_MODEL_NOT_FOUND", "EXPOSURE_DEPENDENCY_NOT_FOUND", "EXPOSURE_DEPENDENCY_NOT_FOUND");
        assertAt(found.get(0), lineOf(project, "source: orders_rwa"), 5, "exposures[0].produces[0].source");
        assertThat(found.get(0).message())
                .isEqualTo("Exposure 'billing' produces source 'orders_rwa', which is not declared");
        assertThat(found.get(0).hint()).isEqualTo("Did you mean 'orders_raw'?");
        assertAt(found.get(1), lineOf(project, "ref: orders_cleen"), 5, "exposures[0].consumes[1].ref");
        assertThat(found.get(1).message())
                .isEqualTo("Exposure 'billing' consumes model 'orders_cleen', which is not declared");
        assertThat(found.get(1).hint()).isEqualTo("Did you mean 'orders_clean'?");
        assertAt(found.get(2), lineOf(project, "source: orders_clean"), 5, "exposures[0].depends_on[1].source");
        assertThat(found.get(2).message())
                .isEqualTo("Exposure 'billing' depends on source 'orders_clean', which is not declared");
        assertThat(found.get(2).hint()).isEqualTo("'orders_clean' is a model: write {ref: orders_clean}.");
        assertThat(found.get(3).hint()).isEqualTo("Declared models: orders_clean.");
    }
}
