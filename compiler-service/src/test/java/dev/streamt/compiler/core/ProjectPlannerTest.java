package dev.streamt.compiler.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.jinja.JinjaRenderer;
import dev.streamt.compiler.core.plan.ModelPlan;
import dev.streamt.compiler.core.plan.ProjectPlan;
import dev.streamt.compiler.core.project.load.LoadResult;
import dev.streamt.compiler.core.project.load.ProjectFiles;
import dev.streamt.compiler.core.project.load.ProjectLoader;
import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.diagnostics.Diagnostics;
import dev.streamt.contracts.manifest.Materialization;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectPlannerTest {

    private static final String HEADER = """
            project: {name: shop, version: 1.0.0}
            runtime:
              kafka: {bootstrap_servers: localhost:9092}
              flink:
                default: local
                clusters:
                  local: {type: rest, rest_url: 'http://localhost:8081', sql_gateway_url: 'http://localhost:8083'}
            sources:
            - name: orders_raw
              topic: orders.raw.v1
              columns:
              - {name: order_id, type: STRING}
              - {name: customer_id, type: STRING}
              - {name: amount, type: 'DECIMAL(10, 2)'}
            """;

    private final Findings findings = new Findings();

    private Optional<ProjectPlan> plan(String yaml) {
        LoadResult load = new ProjectLoader().load(ProjectFiles.ofText(Map.of("stream_project.yml", yaml)), null, Map.of());
        findings.addAll(load.diagnostics());
        return new ProjectPlanner(new JinjaRenderer()).plan(load.project(), ForeignManifests.NONE, findings);
    }

    @Test
    void analysesModelsInDependencyOrderWithTypesAndLineageThroughTheChain() {
        ProjectPlan plan = plan(HEADER + """
                models:
                - name: per_customer
                  sql: SELECT customer_id, SUM(amount) AS total FROM {{ ref('clean') }} GROUP BY customer_id
                - name: clean
                  sql: SELECT order_id, customer_id, amount FROM {{ source('orders_raw') }} WHERE amount > 0
                """).orElseThrow();

        assertThat(plan.models()).extracting(ModelPlan::name).containsExactly("clean", "per_customer");
        ModelPlan perCustomer = plan.model("per_customer").orElseThrow();
        assertThat(perCustomer.materialized()).isEqualTo(Materialization.FLINK);
        assertThat(perCustomer.dependsOn()).containsExactly("model.clean");
        assertThat(perCustomer.updating()).isTrue();
        assertThat(perCustomer.columns()).extracting(c -> c.name()).containsExactly("customer_id", "total");
        assertThat(perCustomer.columns().get(1).lineage()).extracting(r -> r.node() + "." + r.column())
                .containsExactly("model.clean.amount");
        assertThat(plan.model("clean").orElseThrow().materialized()).isEqualTo(Materialization.FLINK);
        assertThat(findings.hasErrors()).isFalse();
    }

    @Test
    void aSelectStarWithoutWhereIsATopicAndFromWithoutSqlIsASink() {
        ProjectPlan plan = plan(HEADER + """
                models:
                - name: copy
                  sql: SELECT * FROM {{ source("orders_raw") }}
                - name: to_s3
                  from: [{ref: copy}]
                  connector: {type: s3-sink, config: {s3.bucket.name: b}}
                """).orElseThrow();

        assertThat(plan.model("copy").orElseThrow().materialized()).isEqualTo(Materialization.TOPIC);
        ModelPlan sink = plan.model("to_s3").orElseThrow();
        assertThat(sink.materialized()).isEqualTo(Materialization.SINK);
        assertThat(sink.dependsOn()).containsExactly("model.copy");
        assertThat(sink.columns()).extracting(c -> c.name()).containsExactly("order_id", "customer_id", "amount");
    }

    @Test
    void anUnknownSourceIsReportedAtItsYamlLineWithASuggestion() {
        plan(HEADER + """
                models:
                - name: clean
                  sql: |
                    SELECT order_id
                    FROM {{ source('orders_rwa') }}
                """);

        Diagnostics d = findings.toDiagnostics();
        assertThat(d.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("SOURCE_NOT_FOUND");
            assertThat(e.message()).contains("Did you mean 'orders_raw'?");
            assertThat(e.file()).isEqualTo("stream_project.yml");
            assertThat(e.line()).isEqualTo(19);
        });
    }

    @Test
    void aCycleIsNamedWholeAndStopsPlanning() {
        Optional<ProjectPlan> plan = plan(HEADER + """
                models:
                - name: a
                  sql: SELECT * FROM {{ ref('b') }}
                - name: b
                  sql: SELECT * FROM {{ ref('a') }}
                """);

        assertThat(plan).isEmpty();
        assertThat(findings.toDiagnostics().errors()).extracting(Diagnostic::code, Diagnostic::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CYCLE_DETECTED",
                        "Circular dependency detected: model.a → model.b → model.a"));
    }

    @Test
    void aSyntaxErrorPointsIntoTheYamlBlock() {
        plan(HEADER + """
                models:
                - name: broken
                  sql: |
                    SELECT order_id,
                    FROM {{ source('orders_raw') }}
                """);

        assertThat(findings.toDiagnostics().errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("SQL_SYNTAX_ERROR");
            assertThat(e.line()).isEqualTo(19);
        });
    }
}
