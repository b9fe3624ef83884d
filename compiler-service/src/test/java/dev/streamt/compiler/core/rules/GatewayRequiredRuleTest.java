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

class GatewayRequiredRuleTest {

    private static final String MODELS = """
            sources:
            - name: orders_raw
              topic: orders.raw.v1
            models:
            - name: eu
              materialized: virtual_topic
              sql: SELECT * FROM {{ source("orders_raw") }} WHERE region = 'EU'
            - name: us
              sql: SELECT * FROM {{ source("orders_raw") }} WHERE region = 'US'
            """;

    @Test
    void reportsAVirtualTopicWithoutGatewayAtMaterialized() {
        String project = FLINK + MODELS;

        Diagnostic diagnostic = only(run(new GatewayRequiredRule(), project), "GATEWAY_REQUIRED");

        assertAt(diagnostic, lineOf(project, "materialized: virtual_topic"), 3, "models[0].materialized");
        assertThat(diagnostic.message()).isEqualTo("Model 'eu' is a virtual_topic, served by a Conduktor gateway, but "
                + "runtime.conduktor.gateway is not configured");
        assertThat(diagnostic.hint()).startsWith("Configure runtime.conduktor.gateway");
    }

    @Test
    void isSilentWithAGateway() {
        String project = FLINK + """
                  conduktor:
                    gateway:
                      admin_url: http://localhost:8888
                      proxy_bootstrap: localhost:6969
                """ + MODELS;

        assertThat(all(run(new GatewayRequiredRule(), project))).isEmpty();
    }
}
