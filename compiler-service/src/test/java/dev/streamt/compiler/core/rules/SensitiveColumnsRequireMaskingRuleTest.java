package dev.streamt.compiler.core.rules;

import static dev.streamt.compiler.core.rules.RuleFixture.FLINK;
import static dev.streamt.compiler.core.rules.RuleFixture.all;
import static dev.streamt.compiler.core.rules.RuleFixture.assertAt;
import static dev.streamt.compiler.core.rules.RuleFixture.lineOf;
import static dev.streamt.compiler.core.rules.RuleFixture.only;
import static dev.streamt.compiler.core.rules.RuleFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.diagnostics.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

class SensitiveColumnsRequireMaskingRuleTest {

    private static final String RULE = "rules:\n  security:\n    sensitive_columns_require_masking: true\n";

    private static final String USERS = """
            sources:
            - name: users
              topic: users.v1
              columns:
              - name: user_id
              - name: email
                classification: sensitive
              - name: ssn
                classification: highly_sensitive
            """;

    @Test
    void reportsAModelPassingASensitiveSourceColumnOnUnmaskedAtItsSql() {
        String project = FLINK + RULE + USERS + """
                models:
                - name: users_copy
                  security:
                    masking:
                    - column: ssn
                      policy: redact
                  sql: SELECT user_id, email, ssn FROM {{ source('users') }}
                """;

        Diagnostic diagnostic = only(run(new SensitiveColumnsRequireMaskingRule(), project),
                "RULE_SENSITIVE_REQUIRES_MASKING");

        assertAt(diagnostic, lineOf(project, "  sql: SELECT user_id"), 3, "models[0].sql");
        assertThat(diagnostic.message()).isEqualTo("Column 'email' of model 'users_copy' comes unchanged from source "
                + "'users', where it is classified sensitive, but the model does not mask it");
        assertThat(diagnostic.hint()).startsWith("Add security.masking: [{column: email, policy: hash}]");
    }

    @Test
    void reportsColumnsTheModelItselfClassifiesSensitiveAtTheClassification() {
        String project = FLINK + RULE + USERS + """
                models:
                - name: contacts
                  columns:
                  - name: phone
                    classification: sensitive
                  security:
                    classification:
                      mail: highly_sensitive
                  sql: SELECT user_id, user_id AS phone, email AS mail FROM {{ source('users') }}
                """;

        List<Diagnostic> found = all(run(new SensitiveColumnsRequireMaskingRule(), project));

        assertThat(found).extracting(Diagnostic::message).containsExactly(
                "Column 'phone' of model 'contacts' is classified sensitive, but the model does not mask it",
                "Column 'mail' of model 'contacts' is classified highly_sensitive, but the model does not mask it");
        assertAt(found.get(0), lineOf(project, "  - name: phone"), 5, "models[0].columns[0]");
        assertAt(found.get(1), lineOf(project, "mail: highly_sensitive"), 7, "models[0].security.classification.mail");
    }

    @Test
    void acceptsMaskedColumnsTransformedColumnsAndALowerClassificationOnTheModel() {
        String project = FLINK + RULE + USERS + """
                models:
                - name: masked
                  security:
                    masking:
                    - column: email
                      policy: hash
                    - column: ssn
                      policy: redact
                  sql: SELECT * FROM {{ source('users') }}
                - name: derived
                  security:
                    classification:
                      email: internal
                  sql: SELECT user_id, email, CONCAT(ssn, user_id) AS ssn FROM {{ source('users') }}
                - name: downstream
                  sql: SELECT * FROM {{ ref('masked') }}
                """;

        assertThat(all(run(new SensitiveColumnsRequireMaskingRule(), project))).isEmpty();
    }

    @Test
    void reportsASinkExportingASensitiveSourceAtItsFromEntry() {
        String project = FLINK + RULE + USERS + """
                models:
                - name: users_s3
                  from:
                  - source: users
                  connector:
                    type: s3-sink
                  security:
                    masking:
                    - column: email
                      policy: hash
                """;

        Diagnostic diagnostic = only(run(new SensitiveColumnsRequireMaskingRule(), project),
                "RULE_SENSITIVE_REQUIRES_MASKING");

        assertAt(diagnostic, lineOf(project, "  - source: users"), 5, "models[0].from[0]");
        assertThat(diagnostic.message()).startsWith("Column 'ssn' of model 'users_s3' comes unchanged from source");
    }

    @Test
    void isSilentWithoutTheRuleAndHonoursSeverity() {
        String project = USERS + """
                models:
                - name: users_copy
                  sql: SELECT * FROM {{ source('users') }}
                """;

        assertThat(all(run(new SensitiveColumnsRequireMaskingRule(), FLINK + project))).isEmpty();
        Diagnostics warned = run(new SensitiveColumnsRequireMaskingRule(),
                FLINK + RULE.replace("  security:\n", "  security:\n    severity: warning\n") + project);
        assertThat(warned.valid()).isTrue();
        assertThat(warned.warnings()).hasSize(2);
    }
}
