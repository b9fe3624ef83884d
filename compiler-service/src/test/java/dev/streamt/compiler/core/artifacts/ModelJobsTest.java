package dev.streamt.compiler.core.artifacts;

import static dev.streamt.compiler.core.artifacts.Plans.FLINK;
import static dev.streamt.compiler.core.artifacts.Plans.generate;
import static dev.streamt.compiler.core.artifacts.Plans.job;
import static dev.streamt.compiler.core.artifacts.Plans.normalized;
import static dev.streamt.compiler.core.artifacts.Plans.statement;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.manifest.Artifacts;
import dev.streamt.contracts.manifest.FlinkJobArtifact;
import dev.streamt.contracts.manifest.NodeId;
import org.junit.jupiter.api.Test;

class ModelJobsTest {

    private static final String ORDERS = """
            sources:
            - name: orders_raw
              topic: orders.raw.v1
            """;

    @Test
    void stateTtlIsASetStatementInMilliseconds() {
        // acceptance 17
        Artifacts artifacts = generate(FLINK + ORDERS + """
                models:
                - name: agg
                  sql: SELECT order_id, COUNT(*) AS n FROM {{ source('orders_raw') }} GROUP BY order_id
                  advanced:
                    flink: {state_ttl_ms: 500, parallelism: 4, checkpoint_interval_ms: 10000,
                            checkpoint_timeout_ms: 20000, state_backend: rocksdb, restart_strategy: fixed-delay}
                """);

        FlinkJobArtifact agg = job(artifacts, "agg");
        assertThat(agg.statements()).contains("SET 'table.exec.state.ttl' = '500 ms'",
                "SET 'parallelism.default' = '4'", "SET 'execution.checkpointing.interval' = '10000 ms'",
                "SET 'execution.checkpointing.timeout' = '20000 ms'", "SET 'state.backend.type' = 'rocksdb'",
                "SET 'restart-strategy.type' = 'fixed-delay'", "SET 'pipeline.name' = 'agg'");
        assertThat(agg.stateTtlMs()).isEqualTo(500L);
        assertThat(agg.parallelism()).isEqualTo(4);
        assertThat(agg.checkpointIntervalMs()).isEqualTo(10000L);
        assertThat(agg.stateBackend()).isEqualTo("rocksdb");
        assertThat(agg.cluster()).isEqualTo("local");
        assertThat(agg.ownerNode()).isEqualTo(NodeId.model("agg"));
    }

    @Test
    void anUpdatingQueryWritesAnUpsertTopicKeyedByItsGroupByColumns() {
        Artifacts artifacts = generate(FLINK + ORDERS + """
                models:
                - name: agg
                  sql: SELECT order_id AS id, COUNT(*) AS n FROM {{ source('orders_raw') }} GROUP BY order_id
                """);

        FlinkJobArtifact agg = job(artifacts, "agg");
        String output = statement(agg, "CREATE TABLE `agg`", "upsert-kafka");
        assertThat(output).contains("`id` STRING NOT NULL", "PRIMARY KEY (`id`) NOT ENFORCED",
                "'key.format' = 'json'", "'value.format' = 'json'", "'topic' = 'agg'");
        assertThat(agg.statements()).contains("SET 'table.exec.sink.not-null-enforcer' = 'DROP'");
        // the source was declared without columns: the job declares the column the SQL reads
        assertThat(statement(agg, "CREATE TABLE `orders_raw`", "'connector' = 'kafka'"))
                .contains("`order_id` STRING", "'scan.startup.mode' = 'earliest-offset'", "'format' = 'json'",
                        "'properties.group.id' = 'streamt.shop.agg'");
        assertThat(agg.statements().get(agg.statements().size() - 1))
                .isEqualTo("INSERT INTO `agg`\nSELECT order_id AS id, COUNT(*) AS n FROM `orders_raw` GROUP BY order_id"
                        + "\nON CONFLICT DO DEDUPLICATE");
    }

    @Test
    void theModelKeyIsThePrimaryKeyOfAnUpdatingModelAndTheRecordKeyOfAnAppendOne() {
        Artifacts artifacts = generate(FLINK + ORDERS + """
                models:
                - name: agg
                  key: n
                  sql: SELECT order_id, COUNT(*) AS n FROM {{ source('orders_raw') }} GROUP BY order_id
                - name: filtered
                  key: customer_id
                  sql: SELECT order_id, customer_id FROM {{ source('orders_raw') }} WHERE amount > 0
                """);

        assertThat(statement(job(artifacts, "agg"), "CREATE TABLE `agg`", "upsert"))
                .contains("PRIMARY KEY (`n`) NOT ENFORCED");
        assertThat(statement(job(artifacts, "filtered"), "CREATE TABLE `filtered`", "'connector' = 'kafka'"))
                .contains("'key.format' = 'json'", "'key.fields' = 'customer_id'", "'value.format' = 'json'",
                        "'value.fields-include' = 'ALL'")
                .doesNotContain("PRIMARY KEY");
    }

    @Test
    void aPassthroughIsACopyingProcessorJobOfRawKeysAndValues() {
        // acceptance 39
        Artifacts artifacts = generate(FLINK + ORDERS + """
                models:
                - name: orders_copy
                  sql: SELECT * FROM {{ source("orders_raw") }}
                  advanced:
                    topic: {partitions: 12, replication_factor: 3}
                """);

        assertThat(artifacts.flinkJobs()).extracting(FlinkJobArtifact::name).containsExactly("orders_copy_processor");
        FlinkJobArtifact processor = job(artifacts, "orders_copy_processor");
        assertThat(processor.ownerNode()).isEqualTo(NodeId.model("orders_copy"));
        assertThat(statement(processor, "CREATE TABLE `orders_raw`", "orders.raw.v1"))
                .contains("`kafka_key` BYTES", "`kafka_value` BYTES", "'key.format' = 'raw'",
                        "'key.fields' = 'kafka_key'", "'value.format' = 'raw'", "'value.fields-include' = 'EXCEPT_KEY'");
        assertThat(statement(processor, "CREATE TABLE `orders_copy`", "'topic' = 'orders_copy'"))
                .contains("`kafka_value` BYTES");
        assertThat(processor.statements()).last().isEqualTo("INSERT INTO `orders_copy`\nSELECT * FROM `orders_raw`");
    }

    @Test
    void aDeclaredTopicThatFiltersIsATypedProcessorJob() {
        Artifacts artifacts = generate(FLINK + """
                sources:
                - name: orders
                  topic: orders.v1
                  columns: [{name: id, type: BIGINT}, {name: amount, type: DOUBLE}]
                models:
                - name: high_value_orders
                  materialized: topic
                  sql: SELECT * FROM {{ source("orders") }} WHERE amount > 10000
                """);

        FlinkJobArtifact processor = job(artifacts, "high_value_orders_processor");
        assertThat(statement(processor, "CREATE TABLE `orders`", "orders.v1")).contains("`amount` DOUBLE")
                .doesNotContain("kafka_value");
        assertThat(statement(processor, "CREATE TABLE `high_value_orders`", "'format' = 'json'"))
                .contains("`id` BIGINT", "`amount` DOUBLE");
        assertThat(processor.statements()).last().asString().endsWith("WHERE amount > 10000");
    }

    @Test
    void aMonotonousWatermarkIsTheTimestampItself() {
        // acceptance 47
        Artifacts artifacts = generate(FLINK + """
                sources:
                - name: events
                  topic: events.v1
                  columns:
                  - name: id
                  - name: ts
                  event_time:
                    column: ts
                    watermark:
                      strategy: monotonously_increasing
                models:
                - name: m
                  sql: SELECT id, ts FROM {{ source('events') }}
                """);

        FlinkJobArtifact m = job(artifacts, "m");
        assertThat(m.sql()).contains("WATERMARK FOR `ts` AS `ts`\n");
        assertThat(normalized(m.sql())).contains(normalized("WATERMARK FOR `ts` AS `ts`"));
        assertThat(statement(m, "CREATE TABLE `events`", "events.v1")).contains("`id` STRING", "`ts` TIMESTAMP(3)");
        assertThat(m.statements()).contains("SET 'table.exec.source.idle-timeout' = '30000 ms'");
    }

    @Test
    void aBoundedWatermarkLagsByTheOutOfOrdernessAndDownstreamJobsInheritIt() {
        Artifacts artifacts = generate(FLINK + """
                sources:
                - name: events
                  topic: events.v1
                  columns:
                  - {name: id, type: BIGINT}
                  - {name: ts, type: TIMESTAMP}
                  - {name: seen, proctime: true}
                  event_time: {column: ts, watermark: {max_out_of_orderness_ms: 1500}}
                models:
                - name: m
                  sql: SELECT id, ts FROM {{ source('events') }} WHERE id > 0
                - name: per_minute
                  sql: >
                    SELECT window_start, COUNT(*) AS n
                    FROM TABLE(TUMBLE(TABLE {{ ref('m') }}, DESCRIPTOR(ts), INTERVAL '1' MINUTE))
                    GROUP BY window_start, window_end
                """);

        String events = statement(job(artifacts, "m"), "CREATE TABLE `events`", "events.v1");
        assertThat(events).contains("`id` BIGINT", "`ts` TIMESTAMP(3)", "`seen` AS PROCTIME()",
                "WATERMARK FOR `ts` AS `ts` - INTERVAL '1.500' SECOND");
        assertThat(statement(job(artifacts, "m"), "CREATE TABLE `m`", "'topic' = 'm'")).contains("`ts` TIMESTAMP(3)");
        assertThat(statement(job(artifacts, "per_minute"), "CREATE TABLE `m`", "'topic' = 'm'"))
                .contains("WATERMARK FOR `ts` AS `ts` - INTERVAL '1.500' SECOND");
    }

    @Test
    void flinkReadsTheInternalBootstrapServersWithTheSecuritySettings() {
        // acceptance 49
        Artifacts artifacts = generate("""
                project: {name: t, version: 1.0.0}
                runtime:
                  kafka:
                    bootstrap_servers: localhost:9092
                    bootstrap_servers_internal: kafka:29092
                    security_protocol: SASL_SSL
                    sasl_mechanism: PLAIN
                    sasl_username: ${KAFKA_USER}
                    sasl_password: ${KAFKA_PASSWORD}
                    ssl_truststore_location: /etc/truststore.jks
                  flink:
                    default: local
                    clusters:
                      local: {type: rest, rest_url: 'http://localhost:8081'}
                """ + ORDERS + """
                models:
                - name: agg
                  sql: SELECT customer_id, COUNT(*) AS n FROM {{ source('orders_raw') }} GROUP BY customer_id
                """);

        FlinkJobArtifact agg = job(artifacts, "agg");
        assertThat(normalized(agg.sql())).contains(normalized("'properties.bootstrap.servers' = 'kafka:29092'"));
        assertThat(agg.sql()).doesNotContain("localhost:9092");
        assertThat(statement(agg, "CREATE TABLE `orders_raw`", "kafka:29092")).contains(
                "'properties.security.protocol' = 'SASL_SSL'", "'properties.sasl.mechanism' = 'PLAIN'",
                "'properties.sasl.jaas.config' = 'org.apache.kafka.common.security.plain.PlainLoginModule required"
                        + " username=\"${KAFKA_USER}\" password=\"${KAFKA_PASSWORD}\";'",
                "'properties.ssl.truststore.location' = '/etc/truststore.jks'");
    }

    @Test
    void anMlPredictionWithoutDeclaredOutputsIsAnOpaqueRow() {
        // acceptance 35
        Artifacts artifacts = generate("""
                project: {name: t, version: 1.0.0}
                runtime:
                  kafka: {bootstrap_servers: localhost:9092}
                  flink:
                    default: cc
                    clusters:
                      cc: {type: confluent, environment: env-xxx}
                sources:
                - name: events
                  topic: events.v1
                models:
                - name: predictions
                  sql: SELECT event_id, ML_PREDICT(fraud_model, amount) AS prediction FROM {{ source("events") }}
                - name: scored
                  sql: SELECT event_id, ML_PREDICT('FraudModel', amount) AS score FROM {{ source("events") }}
                  ml_outputs:
                    FraudModel: {fraud_score: DOUBLE, confidence: DOUBLE}
                """);

        FlinkJobArtifact predictions = job(artifacts, "predictions");
        assertThat(normalized(predictions.sql())).contains(normalized("`prediction` ROW"));
        assertThat(predictions.cluster()).isEqualTo("cc");
        assertThat(statement(job(artifacts, "scored"), "CREATE TABLE `scored`", "'topic' = 'scored'"))
                .contains("`score` ROW<`fraud_score` DOUBLE, `confidence` DOUBLE>");
    }

    @Test
    void maskedColumnsAreProjectedThroughTheirPolicyAroundTheQuery() {
        Artifacts artifacts = generate(FLINK + """
                sources:
                - name: customers
                  topic: customers.v1
                  columns:
                  - {name: id, type: BIGINT}
                  - {name: email, type: STRING}
                  - {name: phone, type: STRING}
                  - {name: ssn, type: STRING}
                  - {name: card, type: STRING}
                  - {name: age, type: INT}
                models:
                - name: safe
                  sql: |
                    SELECT id, email, phone, ssn, card, age
                    FROM {{ source('customers') }}
                    WHERE id > 0 -- only real customers
                  security:
                    masking:
                    - {column: email, policy: hash}
                    - {column: phone, policy: partial, config: {visible_chars: 2}}
                    - {column: ssn, policy: redact}
                    - {column: card, policy: tokenize}
                    - {column: age, policy: 'null'}
                """);

        FlinkJobArtifact safe = job(artifacts, "safe");
        String insert = safe.statements().get(safe.statements().size() - 1);
        assertThat(insert).startsWith("INSERT INTO `safe`\nSELECT `id`,\n")
                .contains("MD5(CAST(`email` AS STRING)) AS `email`", "REPEAT('*', CHAR_LENGTH(CAST(`phone` AS STRING)) - 2)",
                        "ELSE CAST('***' AS STRING) END AS `ssn`",
                        "SHA256(CONCAT('streamt:shop:', CAST(`card` AS STRING))) AS `card`",
                        "CAST(NULL AS INT) AS `age`", "-- only real customers\n) AS `streamt_query`");
        assertThat(statement(safe, "CREATE TABLE `safe`", "'topic' = 'safe'"))
                .contains("`email` STRING", "`age` INT", "`id` BIGINT");
        // the query ends in a comment: the script puts the ';' on its own line
        assertThat(safe.sql()).contains("AS `streamt_query`;\n");
    }

    @Test
    void aScriptStatementEndingInACommentGetsItsSemicolonOnTheNextLine() {
        Artifacts artifacts = generate(FLINK + ORDERS + """
                models:
                - name: positive
                  materialized: flink
                  sql: |
                    SELECT order_id FROM {{ source('orders_raw') }}
                    WHERE amount > 0 -- positive only
                - name: agg
                  sql: |
                    SELECT order_id, COUNT(*) AS n FROM {{ source('orders_raw') }}
                    GROUP BY order_id -- one row per order
                """);

        assertThat(job(artifacts, "positive").sql()).endsWith("WHERE amount > 0 -- positive only\n;\n");
        assertThat(job(artifacts, "agg").sql())
                .endsWith("GROUP BY order_id -- one row per order\nON CONFLICT DO DEDUPLICATE;\n");
    }

    @Test
    void anOutputTableNamedLikeAnInputIsRenamed() {
        assertThat(ModelJobs.outputTableName("orders", java.util.List.of("orders"))).isEqualTo("orders_out");
        assertThat(ModelJobs.outputTableName("orders", java.util.List.of("orders", "orders_out")))
                .isEqualTo("orders_out2");
        assertThat(ModelJobs.outputTableName("orders", java.util.List.of("raw"))).isEqualTo("orders");
    }

    @Test
    void aStarOverAnUndeclaredInputIsAnalysedAgainstTheColumnsTheJobDeclares() {
        Artifacts artifacts = generate(FLINK + ORDERS + """
                models:
                - name: big
                  materialized: flink
                  sql: SELECT *, amount * 2 AS doubled FROM {{ source('orders_raw') }} WHERE amount > 10
                """);

        FlinkJobArtifact big = job(artifacts, "big");
        assertThat(statement(big, "CREATE TABLE `orders_raw`", "orders.raw.v1")).contains("`amount` STRING");
        assertThat(statement(big, "CREATE TABLE `big`", "'topic' = 'big'")).contains("`amount` STRING", "`doubled`");
    }

    @Test
    void theClusterComesFromTheModelThenTheDefaults() {
        Artifacts artifacts = generate("""
                project: {name: shop, version: 1.0.0}
                runtime:
                  kafka: {bootstrap_servers: 'localhost:9092'}
                  flink:
                    default: a
                    clusters:
                      a: {type: rest, rest_url: 'http://a:8081'}
                      b: {type: rest, rest_url: 'http://b:8081'}
                """ + ORDERS + """
                models:
                - name: one
                  sql: SELECT order_id, COUNT(*) AS n FROM {{ source('orders_raw') }} GROUP BY order_id
                - name: two
                  sql: SELECT order_id, COUNT(*) AS n FROM {{ source('orders_raw') }} GROUP BY order_id
                  flink: {cluster: b}
                """);

        assertThat(job(artifacts, "one").cluster()).isEqualTo("a");
        assertThat(job(artifacts, "two").cluster()).isEqualTo("b");
    }
}
