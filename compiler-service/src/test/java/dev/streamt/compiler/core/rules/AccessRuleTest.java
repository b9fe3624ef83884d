package dev.streamt.compiler.core.rules;

import static dev.streamt.compiler.core.rules.RuleFixture.FLINK;
import static dev.streamt.compiler.core.rules.RuleFixture.all;
import static dev.streamt.compiler.core.rules.RuleFixture.assertAt;
import static dev.streamt.compiler.core.rules.RuleFixture.lineOf;
import static dev.streamt.compiler.core.rules.RuleFixture.only;
import static dev.streamt.compiler.core.rules.RuleFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.diagnostics.Diagnostic;
import org.junit.jupiter.api.Test;

class AccessRuleTest {

    private static final String SOURCE = """
            sources:
            - name: orders_raw
              topic: orders.raw.v1
            models:
            """;

    @Test
    void aPrivateModelWithAGroupIsReadableOnlyFromThatGroup() {
        String project = FLINK + SOURCE + """
                - name: ledger
                  group: finance
                  sql: SELECT * FROM {{ source('orders_raw') }}
                - name: audit
                  group: finance
                  sql: SELECT * FROM {{ ref('ledger') }}
                - name: campaign
                  group: marketing
                  sql: SELECT * FROM {{ ref('ledger') }}
                """;

        Diagnostic diagnostic = only(run(new AccessRule(), project), "ACCESS_DENIED");

        assertAt(diagnostic, lineOf(project, "- name: campaign") + 2, 3, "models[2].sql");
        assertThat(diagnostic.message()).isEqualTo("Model 'campaign' (group 'marketing') cannot read model 'ledger' "
                + "(group 'finance'): it is private to group 'finance'");
        assertThat(diagnostic.hint()).isEqualTo("Add 'marketing' to access.allowed_groups of model 'ledger' (with "
                + "access: {level: protected, allowed_groups: [...]}), or make it public.");
    }

    @Test
    void aPrivateModelWithoutGroupAndAPublicModelAreReadableByEveryModel() {
        String project = FLINK + SOURCE + """
                - name: shared
                  sql: SELECT * FROM {{ source('orders_raw') }}
                - name: open
                  group: finance
                  access: public
                  sql: SELECT * FROM {{ source('orders_raw') }}
                - name: reader
                  group: marketing
                  sql: SELECT s.order_id FROM {{ ref('shared') }} s JOIN {{ ref('open') }} o ON s.order_id = o.order_id
                """;

        assertThat(all(run(new AccessRule(), project))).isEmpty();
    }

    @Test
    void aProtectedModelAllowsItsGroupsAndTheProjectGroupCountsForUngroupedModels() {
        String project = FLINK.replace("  name: shop\n", "  name: shop\n  group: analytics\n") + SOURCE + """
                - name: metrics
                  group: finance
                  access:
                    level: protected
                    allowed_groups: [analytics]
                  sql: SELECT * FROM {{ source('orders_raw') }}
                - name: dashboard_feed
                  sql: SELECT * FROM {{ ref('metrics') }}
                - name: export
                  group: marketing
                  from:
                  - ref: metrics
                  connector: {type: s3-sink}
                """;

        Diagnostic diagnostic = only(run(new AccessRule(), project), "ACCESS_DENIED");

        assertAt(diagnostic, lineOf(project, "  - ref: metrics"), 5, "models[2].from[0].ref");
        assertThat(diagnostic.message()).isEqualTo("Model 'export' (group 'marketing') cannot read model 'metrics' "
                + "(group 'finance'): it is protected and readable only by groups 'finance', 'analytics'");
    }

    @Test
    void aProtectedModelWithoutAnyGroupIsReadableByNoModel() {
        String project = FLINK + SOURCE + """
                - name: metrics
                  access: protected
                  sql: SELECT * FROM {{ source('orders_raw') }}
                - name: reader
                  sql: SELECT * FROM {{ ref('metrics') }}
                """;

        Diagnostic diagnostic = only(run(new AccessRule(), project), "ACCESS_DENIED");

        assertThat(diagnostic.message()).isEqualTo("Model 'reader' (no group) cannot read model 'metrics' (no group): "
                + "it is protected and has neither a group nor allowed_groups, so no model may read it");
        assertThat(diagnostic.hint()).isEqualTo("Give model 'reader' a group that model 'metrics' allows, or make "
                + "'metrics' public.");
    }
}
