package dev.streamt.compiler.core.artifacts;

import static dev.streamt.compiler.core.artifacts.Plans.generate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.manifest.Artifacts;
import dev.streamt.contracts.manifest.GatewayInterceptor;
import dev.streamt.contracts.manifest.GatewayRule;
import dev.streamt.contracts.manifest.NodeId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewayRulesTest {

    private static final String GATEWAY = """
            project: {name: t, version: 1.0.0}
            runtime:
              kafka: {bootstrap_servers: localhost:9092}
              conduktor:
                gateway: {admin_url: 'http://localhost:8888', proxy_bootstrap: 'localhost:6969'}
              flink:
                default: local
                clusters:
                  local: {type: rest, rest_url: 'http://localhost:8081'}
            sources:
            - name: orders_raw
              topic: orders.raw.v1
            """;

    @Test
    void aStatelessFilterIsAnAliasWithAFilterInterceptor() {
        // acceptance 41
        Artifacts artifacts = generate(GATEWAY + """
                models:
                - name: eu_orders
                  sql: SELECT * FROM {{ source("orders_raw") }} WHERE region = 'EU'
                """);

        assertThat(artifacts.topics()).isEmpty();
        assertThat(artifacts.flinkJobs()).isEmpty();
        assertThat(artifacts.gatewayRules()).containsExactly(new GatewayRule("eu_orders", "eu_orders",
                "orders.raw.v1", List.of(GatewayInterceptor.of("filter", Map.of(
                        "statement", "SELECT * FROM `orders.raw.v1` WHERE region = 'EU'",
                        "where", "region = 'EU'"))), NodeId.model("eu_orders")));
    }

    @Test
    void theVirtualTopicNameAndMaskingInterceptorsComeFromTheModel() {
        Artifacts artifacts = generate(GATEWAY + """
                models:
                - name: eu_orders
                  sql: |
                    SELECT order_id, email, phone AS tel
                    FROM {{ source("orders_raw") }}
                    WHERE region = 'EU' -- Europe only
                      AND amount > (1 + 2)
                  gateway:
                    virtual_topic: {name: orders.eu.v1}
                  security:
                    masking:
                    - {column: email, policy: hash}
                    - {column: tel, policy: partial, config: {visible_chars: 3}}
                    policies:
                    - mask: {column: email, method: redact, for_roles: [support]}
                """);

        GatewayRule rule = artifacts.gatewayRules().get(0);
        assertThat(rule.virtualTopic()).isEqualTo("orders.eu.v1");
        assertThat(rule.interceptors()).extracting(GatewayInterceptor::type)
                .containsExactly("filter", "mask", "mask", "mask");
        assertThat(rule.interceptors().get(0).config()).containsEntry("where",
                "region = 'EU' -- Europe only\n  AND amount > (1 + 2)");
        assertThat(rule.interceptors().get(0).config().get("statement")).isEqualTo(
                "SELECT order_id, email, phone AS tel FROM `orders.raw.v1` WHERE region = 'EU' -- Europe only\n"
                        + "  AND amount > (1 + 2)");
        assertThat(rule.interceptors().get(1).config()).isEqualTo(Map.of("field", "email", "method", "hash"));
        assertThat(rule.interceptors().get(2).config())
                .isEqualTo(Map.of("field", "tel", "method", "partial", "visible_chars", 3));
        assertThat(rule.interceptors().get(3).config())
                .isEqualTo(Map.of("field", "email", "method", "redact", "for_roles", List.of("support")));
    }

    @Test
    void aProjectionWithoutWhereHasAStatementAndNoCondition() {
        Artifacts artifacts = generate(GATEWAY + """
                models:
                - name: ids
                  sql: SELECT order_id, amount FROM {{ source("orders_raw") }}
                """);

        assertThat(artifacts.gatewayRules().get(0).interceptors().get(0).config())
                .isEqualTo(Map.of("statement", "SELECT order_id, amount FROM `orders.raw.v1`"));
    }

    @Test
    void aFlinkJobReadingAVirtualTopicReadsItThroughTheGatewayWithItsMaskedColumns() {
        Artifacts artifacts = generate(GATEWAY + """
                models:
                - name: eu_orders
                  sql: SELECT order_id, email FROM {{ source("orders_raw") }} WHERE region = 'EU'
                  security:
                    masking:
                    - {column: email, policy: hash}
                - name: per_email
                  sql: SELECT email, COUNT(*) AS n FROM {{ ref("eu_orders") }} GROUP BY email
                """);

        String input = Plans.statement(Plans.job(artifacts, "per_email"), "CREATE TABLE `eu_orders`", "eu_orders");
        assertThat(input).contains("'topic' = 'eu_orders'", "'properties.bootstrap.servers' = 'localhost:6969'",
                "`email` STRING");
    }
}
