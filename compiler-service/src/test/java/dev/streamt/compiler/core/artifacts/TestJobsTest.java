package dev.streamt.compiler.core.artifacts;

import static dev.streamt.compiler.core.artifacts.Plans.FLINK;
import static dev.streamt.compiler.core.artifacts.Plans.generate;
import static dev.streamt.compiler.core.artifacts.Plans.job;
import static dev.streamt.compiler.core.artifacts.Plans.statement;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.sql.types.FlinkType;
import dev.streamt.contracts.manifest.Artifacts;
import dev.streamt.contracts.manifest.FlinkJobArtifact;
import dev.streamt.contracts.manifest.NodeId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestJobsTest {

    private static final String PROJECT = FLINK + """
            sources:
            - name: orders_raw
              topic: orders.raw.v1
              columns:
              - {name: order_id, type: STRING}
              - {name: customer_id, type: STRING}
              - {name: status, type: STRING}
              - {name: amount, type: 'DECIMAL(10, 2)'}
              - {name: qty, type: INT}
              - {name: paid, type: BOOLEAN}
              - {name: raw_count, type: STRING}
              - {name: ts, type: 'TIMESTAMP(3)'}
              - {name: ts_ltz, type: 'TIMESTAMP_LTZ(3)'}
              - {name: epoch, type: BIGINT}
              event_time: {column: ts}
            - name: customers
              topic: customers.v1
              columns:
              - {name: id, type: STRING}
              - {name: ts, type: 'TIMESTAMP(3)'}
              event_time: {column: ts}
            - name: loose
              topic: loose.v1
            models:
            - name: clean
              sql: SELECT * FROM {{ source('orders_raw') }}
            """;

    private static FlinkJobArtifact testJob(String assertions) {
        Artifacts artifacts = generate(PROJECT + """
                tests:
                - name: q
                  model: clean
                  type: continuous
                  assertions:
                """ + assertions.indent(2));
        return job(artifacts, "test_q");
    }

    private static String insert(FlinkJobArtifact job) {
        return job.statements().get(job.statements().size() - 1);
    }

    @Test
    void aTestJobReadsTheTestedTopicAndWritesViolationsToTheFailuresTopic() {
        FlinkJobArtifact job = testJob("- not_null: {columns: [order_id, customer_id]}");

        assertThat(job.ownerNode()).isEqualTo(NodeId.test("q"));
        assertThat(job.cluster()).isEqualTo("local");
        assertThat(statement(job, "CREATE TABLE `clean`", "'topic' = 'clean'"))
                .contains("'properties.group.id' = 'streamt.shop.test_q'", "WATERMARK FOR `ts`");
        assertThat(statement(job, "CREATE TABLE `streamt_test_failures`", "_streamt_test_failures")).contains(
                "`project` STRING", "`environment` STRING", "`test_name` STRING", "`node` STRING",
                "`assertion` STRING", "`message` STRING", "`row_json` STRING", "`detected_at` TIMESTAMP_LTZ(3)");
        String insert = insert(job);
        assertThat(insert).startsWith("INSERT INTO `streamt_test_failures`\nSELECT CAST('shop' AS STRING) AS `project`")
                .contains("WHERE `order_id` IS NULL\nUNION ALL\n", "WHERE `customer_id` IS NULL",
                        "CAST('model.clean' AS STRING) AS `node`", "CAST('not_null' AS STRING) AS `assertion`",
                        "KEY 'amount' VALUE `amount`", "KEY 'ts' VALUE CAST(`ts` AS STRING)",
                        "CURRENT_TIMESTAMP AS `detected_at`", "CAST(NULL AS STRING) AS `environment`");
    }

    @Test
    void acceptedValuesAreWrittenInTheColumnsType() {
        String insert = insert(testJob("""
                - accepted_values: {column: status, values: [new, 'it''s']}
                - accepted_values: {column: qty, values: [1, 2]}
                - accepted_values: {column: paid, values: [true]}
                - accepted_values: {column: amount, values: [a]}
                """));

        assertThat(insert).contains("`status` IS NOT NULL AND `status` NOT IN ('new', 'it''s')",
                "`qty` IS NOT NULL AND `qty` NOT IN (1, 2)", "`paid` IS NOT NULL AND `paid` NOT IN (TRUE)",
                "`amount` IS NOT NULL AND CAST(`amount` AS STRING) NOT IN ('a')");
        // the loader requires values; an empty list would accept nothing
        assertThat(RowChecks.notIn("c", FlinkType.STRING, List.of())).isEqualTo("`c` IS NOT NULL");
    }

    @Test
    void rangesTypesAndLagsAreRowConditions() {
        String insert = insert(testJob("""
                - range: {column: amount, min: 0, max: 1000.5}
                - range: {column: raw_count, min: 1}
                - accepted_types: {types: {raw_count: int, status: string, qty: int}}
                - max_lag: {column: ts, max_seconds: 60}
                - max_lag: {column: ts_ltz, max_seconds: 60}
                - max_lag: {column: epoch, max_seconds: 60}
                - max_lag: {column: status, max_seconds: 60}
                """));

        assertThat(insert).contains("WHERE `amount` < 0 OR `amount` > 1000.5",
                "WHERE TRY_CAST(`raw_count` AS DOUBLE) < 1",
                "WHERE `raw_count` IS NOT NULL AND TRY_CAST(`raw_count` AS INT) IS NULL",
                "WHERE TIMESTAMPDIFF(SECOND, `ts`, LOCALTIMESTAMP) > 60",
                "WHERE TIMESTAMPDIFF(SECOND, `ts_ltz`, CURRENT_TIMESTAMP) > 60",
                "WHERE TIMESTAMPDIFF(SECOND, TO_TIMESTAMP_LTZ(`epoch`, 3), CURRENT_TIMESTAMP) > 60",
                "TIMESTAMPDIFF(SECOND, TRY_CAST(`status` AS TIMESTAMP(3)), LOCALTIMESTAMP) > 60")
                .doesNotContain("TRY_CAST(`status` AS STRING", "TRY_CAST(`qty`");
    }

    @Test
    void windowedChecksRunOnEventTimeWhenTheTableHasIt() {
        String insert = insert(testJob("""
                - unique_key: {key: order_id, window: 10m}
                - unique_key: {key: [order_id, customer_id], tolerance: 0.05}
                - throughput: {min_per_second: 1, max_per_second: 100}
                - distribution:
                    column: amount
                    buckets:
                    - {min: 0, max: 10, expected_ratio: 0.5, tolerance: 0.1}
                    - {min: 10, expected_ratio: 0.5}
                """));

        assertThat(insert).contains(
                "FROM TABLE(TUMBLE(TABLE `clean`, DESCRIPTOR(`ts`), INTERVAL '10' MINUTE))\n"
                        + "GROUP BY `window_start`, `window_end`, `order_id`\nHAVING COUNT(*) > 1",
                "COUNT(DISTINCT CONCAT_WS('|', CAST(`order_id` AS STRING), CAST(`customer_id` AS STRING)))",
                "> 0.05", "DESCRIPTOR(`ts`), INTERVAL '1' MINUTE))",
                "HAVING CAST(COUNT(*) AS DOUBLE) / 60 < 1 OR CAST(COUNT(*) AS DOUBLE) / 60 > 100",
                "SUM(CASE WHEN `amount` >= 0 AND `amount` < 10 THEN 1 ELSE 0 END)", "- 0.5) > 0.1",
                "SUM(CASE WHEN `amount` >= 10 THEN 1 ELSE 0 END)", "- 0.5) > 0");
    }

    @Test
    void windowedChecksWithoutEventTimeAddAProcessingTimeColumn() {
        Artifacts artifacts = generate(PROJECT + """
                tests:
                - name: loose_unique
                  model: loose
                  type: continuous
                  assertions:
                  - unique_key: {key: id}
                  - not_null: {columns: [name]}
                """);

        FlinkJobArtifact job = job(artifacts, "test_loose_unique");
        assertThat(statement(job, "CREATE TABLE `loose`", "loose.v1")).contains("`id` STRING", "`name` STRING",
                "`streamt_proctime` AS PROCTIME()");
        assertThat(insert(job)).contains("DESCRIPTOR(`streamt_proctime`), INTERVAL '1' HOUR))",
                "CAST('source.loose' AS STRING) AS `node`", "KEY 'name' VALUE `name`")
                .doesNotContain("KEY 'streamt_proctime'");
    }

    @Test
    void aForeignKeyIsAWindowLeftJoinOnEventTime() {
        FlinkJobArtifact job = testJob("- foreign_key: {column: customer_id, ref_model: customers, ref_key: id}");

        assertThat(statement(job, "CREATE TABLE `customers`", "customers.v1")).contains("WATERMARK FOR `ts`");
        assertThat(insert(job)).contains(
                "FROM (SELECT * FROM TABLE(TUMBLE(TABLE `clean`, DESCRIPTOR(`ts`), INTERVAL '1' HOUR))) AS `l`\n"
                        + "LEFT JOIN (SELECT * FROM TABLE(TUMBLE(TABLE `customers`, DESCRIPTOR(`ts`), INTERVAL '1' HOUR)))"
                        + " AS `r`\n  ON `l`.`customer_id` = `r`.`id`",
                "WHERE `r`.`window_start` IS NULL AND `l`.`customer_id` IS NOT NULL",
                "KEY 'order_id' VALUE `l`.`order_id`");
    }

    @Test
    void aForeignKeyWithoutEventTimeOrWithAMatchRateIsNotCompiled() {
        Artifacts artifacts = generate(PROJECT + """
                tests:
                - name: fk
                  model: clean
                  type: continuous
                  assertions:
                  - foreign_key: {column: customer_id, ref_model: loose, ref_key: id}
                  - foreign_key: {column: customer_id, ref_model: customers, ref_key: id, match_rate: 0.9}
                """);

        assertThat(artifacts.flinkJobs()).extracting(FlinkJobArtifact::name).doesNotContain("test_fk");
    }

    @Test
    void aCustomQueryReturnsTheViolatingRows() {
        Artifacts artifacts = generate(PROJECT + """
                tests:
                - name: custom
                  model: clean
                  type: continuous
                  assertions:
                  - custom_sql:
                      sql: SELECT order_id, amount FROM {{ ref('clean') }} WHERE amount < {{ var('floor', 0) }}
                  - custom_sql:
                      sql: SELECT status FROM {{ source('orders_raw') }}
                      expect: shipped
                  - custom_sql:
                      sql: SELECT COUNT(*) AS n FROM {{ ref('clean') }}
                      expect: 0
                """);

        FlinkJobArtifact job = job(artifacts, "test_custom");
        assertThat(job.statements()).anyMatch(s -> s.startsWith("CREATE TABLE `orders_raw`"));
        assertThat(insert(job)).contains("FROM (\nSELECT order_id, amount FROM `clean` WHERE amount < 0\n) AS "
                + "`streamt_custom`", "KEY 'amount' VALUE `streamt_custom`.`amount`",
                "WHERE CAST(`streamt_custom`.`status` AS STRING) IS DISTINCT FROM 'shipped'")
                .doesNotContain("COUNT(*) AS n");
    }

    @Test
    void aTestWithNothingToRunContinuouslyHasNoJobButTheFailuresTopicExists() {
        Artifacts artifacts = generate(PROJECT + """
                tests:
                - name: schema_only
                  model: clean
                  type: schema
                  assertions:
                  - not_null: {columns: [order_id]}
                - name: unknown_column
                  model: clean
                  type: continuous
                  assertions:
                  - not_null: {columns: [nope]}
                """);

        assertThat(artifacts.flinkJobs()).extracting(FlinkJobArtifact::name).containsExactly("clean_processor");
        assertThat(artifacts.topics()).extracting(t -> t.name()).contains("_streamt_test_failures");
    }

    @Test
    void anUpdatingModelIsCheckedValueByValueAsAnAppendStream() {
        Artifacts artifacts = generate(PROJECT + """
                - name: per_customer
                  sql: SELECT customer_id, SUM(amount) AS total FROM {{ ref('clean') }} GROUP BY customer_id
                tests:
                - name: totals
                  model: per_customer
                  type: continuous
                  assertions:
                  - range: {column: total, min: 0}
                """);

        FlinkJobArtifact job = job(artifacts, "test_totals");
        assertThat(statement(job, "CREATE TABLE `per_customer`", "per_customer"))
                .contains("'connector' = 'kafka'", "`customer_id` STRING", "`total` DECIMAL(38, 2)")
                .doesNotContain("upsert-kafka", "PRIMARY KEY");
        assertThat(statement(job(artifacts, "per_customer"), "CREATE TABLE `per_customer`", "per_customer"))
                .contains("'connector' = 'upsert-kafka'");
    }

    @Test
    void aWindowedModelGetsNoWindowedChecksSinceTheirColumnsWouldClash() {
        Artifacts artifacts = generate(PROJECT + """
                - name: hourly
                  sql: >
                    SELECT window_start, window_end, window_time, COUNT(*) AS n
                    FROM TABLE(TUMBLE(TABLE {{ source('orders_raw') }}, DESCRIPTOR(ts), INTERVAL '1' HOUR))
                    GROUP BY window_start, window_end, window_time
                tests:
                - name: hourly_check
                  model: hourly
                  type: continuous
                  assertions:
                  - throughput: {min_per_second: 1}
                  - range: {column: n, min: 1}
                """);

        String insert = insert(job(artifacts, "test_hourly_check"));
        assertThat(insert).contains("WHERE `n` < 1").doesNotContain("TUMBLE", "throughput");
    }

    @Test
    void theTestsClusterComesFromTheTestThenTheDefaults() {
        Artifacts artifacts = generate("""
                project: {name: shop, version: 1.0.0}
                runtime:
                  kafka: {bootstrap_servers: 'localhost:9092'}
                  flink:
                    default: a
                    clusters:
                      a: {type: rest, rest_url: 'http://a:8081'}
                      b: {type: rest, rest_url: 'http://b:8081'}
                      c: {type: rest, rest_url: 'http://c:8081'}
                defaults:
                  tests: {flink_cluster: b}
                sources:
                - name: s
                  topic: s.v1
                tests:
                - name: one
                  model: s
                  type: continuous
                  assertions: [{not_null: {columns: [x]}}]
                - name: two
                  model: s
                  type: continuous
                  flink_cluster: c
                  assertions: [{not_null: {columns: [x]}}]
                """);

        assertThat(job(artifacts, "test_one").cluster()).isEqualTo("b");
        assertThat(job(artifacts, "test_two").cluster()).isEqualTo("c");
    }
}
