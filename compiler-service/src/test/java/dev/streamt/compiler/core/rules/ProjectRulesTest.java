package dev.streamt.compiler.core.rules;

import static dev.streamt.compiler.core.rules.RuleFixture.KAFKA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.Findings;
import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.diagnostics.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectRulesTest {

    @Test
    void listsEveryRuleOnceInAFixedOrder() {
        List<ProjectRule> rules = ProjectRules.all();

        assertThat(rules).hasSize(33);
        assertThat(rules).extracting(rule -> rule.getClass()).doesNotHaveDuplicates();
        assertThat(ProjectRules.all()).isSameAs(rules);
        assertThat(rules.get(0)).isInstanceOf(FlinkRequiredRule.class);
        assertThat(rules.get(rules.size() - 1)).isInstanceOf(SensitiveColumnsRequireMaskingRule.class);
    }

    @Test
    void reportsEveryProblemOfAProjectInOnePassSortedByLine() {
        String project = KAFKA + """
                rules:
                  models:
                    require_owner: true
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: per_customer
                  sql: SELECT customer_id, COUNT(*) AS n FROM {{ source("orders_raw") }} GROUP BY customer_id
                  advanced:
                    flink:
                      state_ttl_ms: -5
                tests:
                - name: q
                  model: per_custmer
                  type: continuous
                """;
        Findings findings = new Findings();

        ProjectRules.checkAll(RuleFixture.context(project), findings);

        Diagnostics result = findings.toDiagnostics();
        assertThat(result.errors()).extracting(Diagnostic::code).containsExactly("RULE_REQUIRE_OWNER",
                "FLINK_REQUIRED", "INVALID_STATE_TTL", "TEST_MODEL_NOT_FOUND", "CONTINUOUS_TEST_REQUIRES_FLINK");
        assertThat(result.warnings()).isEmpty();
    }
}
