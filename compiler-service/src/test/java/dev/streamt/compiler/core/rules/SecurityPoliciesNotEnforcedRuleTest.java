package dev.streamt.compiler.core.rules;

import static dev.streamt.compiler.core.rules.RuleFixture.FLINK;
import static dev.streamt.compiler.core.rules.RuleFixture.KAFKA;
import static dev.streamt.compiler.core.rules.RuleFixture.all;
import static dev.streamt.compiler.core.rules.RuleFixture.assertAt;
import static dev.streamt.compiler.core.rules.RuleFixture.lineOf;
import static dev.streamt.compiler.core.rules.RuleFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.diagnostics.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityPoliciesNotEnforcedRuleTest {

    private static final String SOURCE = """
            sources:
            - name: orders_raw
              topic: orders.raw.v1
            models:
            - name: clean
              sql: SELECT * FROM {{ source("orders_raw") }}
            """;

    @Test
    void warnsAboutMaskingOnASinkAtTheFirstPolicy() {
        String project = FLINK + SOURCE + """
                - name: to_snowflake
                  from:
                  - ref: clean
                  connector:
                    type: snowflake-sink
                  security:
                    policies:
                    - mask:
                        column: card_number
                        method: redact
                """;

        Diagnostics result = run(new SecurityPoliciesNotEnforcedRule(), project);

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).extracting(Diagnostic::code).containsExactly("SECURITY_POLICIES_NOT_ENFORCED");
        Diagnostic diagnostic = result.warnings().get(0);
        assertAt(diagnostic, lineOf(project, "- mask:"), 7, "models[1].security.policies[0]");
        assertThat(diagnostic.message()).isEqualTo("Sink model 'to_snowflake' masks in Kafka Connect, whose "
                + "transforms cannot apply every method as written: 'card_number' (redact) gets its type's empty "
                + "value, not '***' (its type is not known to be a string)");
        assertThat(diagnostic.hint()).startsWith("Declare the column's type as a string on the input");
    }

    @Test
    void onASinkOfKnownStringColumnsOnlyRewritingMethodsAreReported() {
        String project = FLINK + """
                sources:
                - name: cards
                  topic: cards.v1
                  columns:
                  - name: card_number
                    type: STRING
                  - name: holder
                    type: STRING
                  - name: pin
                    type: STRING
                models:
                - name: clean
                  sql: SELECT * FROM {{ source("cards") }}
                - name: to_s3
                  from: [{ref: clean}]
                  connector: {type: s3-sink}
                  security:
                    masking:
                    - column: card_number
                      policy: redact
                    - column: pin
                      policy: 'null'
                    - column: holder
                      policy: hash
                """;

        Diagnostic diagnostic = RuleFixture.only(run(new SecurityPoliciesNotEnforcedRule(), project),
                "SECURITY_POLICIES_NOT_ENFORCED");

        assertAt(diagnostic, lineOf(project, "- column: holder"), 7, "models[1].security.masking[2]");
        assertThat(diagnostic.message()).isEqualTo("Sink model 'to_s3' masks in Kafka Connect, whose transforms "
                + "cannot apply every method as written: 'holder' (hash) is replaced whole by '***'");
        assertThat(diagnostic.hint()).startsWith("Mask in an upstream flink or topic model");
    }

    @Test
    void warnsAboutAllowDenyAndRoleScopedMasksOncePerModelAndReason() {
        String project = FLINK + SOURCE + """
                - name: orders_masked
                  sql: SELECT * FROM {{ source("orders_raw") }}
                  security:
                    policies:
                    - allow:
                        roles: [analyst]
                        purpose: reporting
                    - deny:
                        roles: [intern]
                    - mask:
                        column: email
                        method: hash
                        for_roles: [support]
                    - mask:
                        column: phone
                        method: partial
                        for_roles: [support]
                """;

        List<Diagnostic> found = all(run(new SecurityPoliciesNotEnforcedRule(), project));

        assertThat(found).extracting(Diagnostic::code)
                .containsExactly("SECURITY_POLICIES_NOT_ENFORCED", "SECURITY_POLICIES_NOT_ENFORCED");
        assertAt(found.get(0), lineOf(project, "- allow:"), 7, "models[1].security.policies[0]");
        assertThat(found.get(0).message()).isEqualTo("Model 'orders_masked' declares allow/deny policies for roles "
                + "'analyst', 'intern', but streamt manages no Kafka ACLs or roles: they are recorded in the manifest "
                + "and not enforced");
        assertAt(found.get(1), lineOf(project, "column: email") - 1, 7, "models[1].security.policies[2]");
        assertThat(found.get(1).message()).isEqualTo("Model 'orders_masked' masks 'email' (hash), 'phone' (partial) "
                + "only for roles 'support', but its output is the same for every reader: the columns are masked for "
                + "everyone");
    }

    @Test
    void aVirtualTopicPassesTheRolesToTheGateway() {
        String project = KAFKA + """
                  conduktor:
                    gateway:
                      admin_url: http://localhost:8888
                      proxy_bootstrap: localhost:6969
                """ + SOURCE.replace("  sql: SELECT * FROM {{ source(\"orders_raw\") }}\n",
                "  materialized: virtual_topic\n  sql: SELECT * FROM {{ source(\"orders_raw\") }} WHERE amount > 0\n")
                + """
                  security:
                    policies:
                    - mask:
                        column: email
                        method: hash
                        for_roles: [support]
                """;

        assertThat(all(run(new SecurityPoliciesNotEnforcedRule(), project))).isEmpty();
    }

    @Test
    void masksInFlinkSqlAreEnforcedAndNotReported() {
        String project = FLINK + SOURCE + """
                - name: orders_masked
                  sql: SELECT * FROM {{ source("orders_raw") }}
                  security:
                    masking:
                    - column: email
                      policy: hash
                    policies:
                    - mask:
                        column: phone
                        method: redact
                """;

        assertThat(all(run(new SecurityPoliciesNotEnforcedRule(), project))).isEmpty();
    }
}
