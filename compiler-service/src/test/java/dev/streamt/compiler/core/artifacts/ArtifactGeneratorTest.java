package dev.streamt.compiler.core.artifacts;

import static dev.streamt.compiler.core.artifacts.Plans.FLINK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.ForeignManifests;
import dev.streamt.compiler.core.ProjectPlanner;
import dev.streamt.compiler.core.jinja.JinjaRenderer;
import dev.streamt.compiler.core.plan.ProjectPlan;
import dev.streamt.compiler.core.project.load.LoadResult;
import dev.streamt.compiler.core.project.load.ProjectFiles;
import dev.streamt.compiler.core.project.load.ProjectLoader;
import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.json.StreamtJson;
import dev.streamt.contracts.manifest.Artifacts;
import dev.streamt.contracts.manifest.FlinkJobArtifact;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArtifactGeneratorTest {

    private static final String PROJECT = FLINK + """
              connect:
                clusters:
                  local: {rest_url: 'http://localhost:8083'}
            sources:
            - name: orders_raw
              topic: orders.raw.v1
              columns:
              - {name: order_id, type: STRING}
              - {name: customer_id, type: STRING}
              - {name: amount, type: 'DECIMAL(10, 2)'}
              - {name: ts, type: 'TIMESTAMP(3)'}
              event_time: {column: ts}
            models:
            - name: clean
              sql: SELECT order_id, customer_id, amount, ts FROM {{ source('orders_raw') }} WHERE amount > 0
            - name: per_customer
              sql: SELECT customer_id, SUM(amount) AS total FROM {{ ref('clean') }} GROUP BY customer_id
            - name: hourly
              sql: >
                SELECT window_start, window_end, COUNT(*) AS n
                FROM TABLE(TUMBLE(TABLE {{ ref('clean') }}, DESCRIPTOR(ts), INTERVAL '1' HOUR))
                GROUP BY window_start, window_end
            - name: copy
              sql: SELECT * FROM {{ ref('clean') }}
            - name: export
              from: per_customer
              connector: {type: s3-sink}
            tests:
            - name: q
              model: clean
              type: continuous
              assertions:
              - not_null: {columns: [order_id]}
            """;

    @Test
    void theSamePlanGivesTheSameArtifactsInDependencyOrder() {
        Artifacts first = Plans.generate(PROJECT);
        Artifacts second = Plans.generate(PROJECT);

        assertThat(StreamtJson.toJson(second)).isEqualTo(StreamtJson.toJson(first));
        assertThat(first.flinkJobs()).extracting(FlinkJobArtifact::name)
                .containsExactly("clean", "per_customer", "hourly", "copy_processor", "test_q");
        assertThat(first.connectors()).extracting(c -> c.name()).containsExactly("export");
        assertThat(first.connectors().get(0).cluster()).isEqualTo("local");
        assertThat(first.connectors().get(0).topics()).containsExactly("per_customer");
    }

    @Test
    void theArtifactsSurviveAJsonRoundTrip() {
        Artifacts artifacts = Plans.generate(PROJECT);

        assertThat(StreamtJson.fromJson(StreamtJson.toJson(artifacts), Artifacts.class)).isEqualTo(artifacts);
    }

    @Test
    void modelsWithSqlErrorsGetNoJobAndNothingBreaks() {
        LoadResult load = new ProjectLoader().load(ProjectFiles.ofText(Map.of("stream_project.yml", FLINK + """
                sources:
                - name: s
                  topic: s.v1
                  columns: [{name: a, type: INT}]
                models:
                - name: bad
                  sql: SELECT nope, COUNT(*) AS n FROM {{ source('s') }} GROUP BY nope
                - name: broken
                  sql: SELECT FROM WHERE
                """)), null, Map.of());
        Findings findings = new Findings();
        ProjectPlan plan = new ProjectPlanner(new JinjaRenderer()).plan(load.project(), ForeignManifests.NONE,
                findings).orElseThrow();
        assertThat(findings.hasErrors()).isTrue();

        Artifacts artifacts = ArtifactGenerator.generate(plan, findings);

        assertThat(artifacts.flinkJobs()).isEmpty();
        Plans.assertAllParse(artifacts);
    }

    @Test
    void aMaskedColumnBehindAStarOverUndeclaredColumnsIsDeclaredSoItsMaskApplies() {
        Artifacts artifacts = Plans.generate(FLINK + """
                sources:
                - name: loose
                  topic: loose.v1
                models:
                - name: m
                  materialized: flink
                  sql: SELECT * FROM {{ source('loose') }} WHERE id > 0
                  security:
                    masking:
                    - {column: email, policy: hash}
                """);

        FlinkJobArtifact job = Plans.job(artifacts, "m");
        assertThat(Plans.statement(job, "CREATE TABLE `loose`", "loose.v1")).contains("`id` STRING", "`email` STRING");
        assertThat(job.statements().get(job.statements().size() - 1)).contains("MD5(CAST(`email` AS STRING)) AS `email`");
    }

    @Test
    void aMaskedColumnThatCannotBePlacedWarns() {
        List<Diagnostic> warnings = Plans.warnings(FLINK + """
                sources:
                - name: a
                  topic: a.v1
                - name: b
                  topic: b.v1
                models:
                - name: m
                  sql: SELECT * FROM {{ source('a') }} x JOIN {{ source('b') }} y ON x.id = y.id
                  security:
                    masking:
                    - {column: email, policy: hash}
                """);

        assertThat(warnings).extracting(Diagnostic::code).containsExactly("SECURITY_POLICIES_NOT_ENFORCED");
        assertThat(warnings.get(0).message()).contains("email");
        assertThat(warnings.get(0).line()).isEqualTo(18);
    }

    @Test
    void aTopicModelWithMaskingCopiesTypedColumnsThroughItsMasks() {
        Artifacts artifacts = Plans.generate(FLINK + """
                sources:
                - name: s
                  topic: s.v1
                  columns: [{name: a, type: INT}, {name: email, type: STRING}]
                models:
                - name: m
                  sql: SELECT * FROM {{ source('s') }}
                  security:
                    masking:
                    - {column: email, policy: redact}
                """);

        FlinkJobArtifact job = Plans.job(artifacts, "m_processor");
        assertThat(job.statements().get(job.statements().size() - 1))
                .contains("ELSE CAST('***' AS STRING) END AS `email`", "FROM (\nSELECT * FROM `s`\n)");
        assertThat(Plans.statement(job, "CREATE TABLE `s`", "s.v1")).contains("`a` INT").doesNotContain("kafka_key");
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThatThrownBy(() -> ArtifactGenerator.generate(null, new Findings()))
                .isInstanceOf(NullPointerException.class);
    }
}
