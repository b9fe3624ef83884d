package dev.streamt.compiler.core.sql.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamt.compiler.core.sql.Fixtures;
import dev.streamt.compiler.core.sql.analysis.OutputColumn;
import dev.streamt.compiler.core.sql.analysis.SqlAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlinkStatementCheckTest {

    private static final String SOURCE_DDL = """
            CREATE TABLE `orders_raw` (
              `id` BIGINT,
              `customer_id` INT NOT NULL,
              `amount` DECIMAL(10, 2),
              `ratio` DOUBLE,
              `score` FLOAT,
              `flag` BOOLEAN,
              `small` SMALLINT,
              `tiny` TINYINT,
              `code` CHAR(3),
              `label` VARCHAR(64),
              `name` STRING,
              `blob` BYTES,
              `day` DATE,
              `at` TIME(0),
              `ts` TIMESTAMP(3),
              `ts_ltz` TIMESTAMP_LTZ(3),
              `tags` ARRAY<STRING>,
              `attrs` MAP<STRING, INT>,
              `item` ROW<`sku` STRING, `qty` INT>,
              `proc` AS PROCTIME(),
              WATERMARK FOR `ts` AS `ts` - INTERVAL '5' SECOND
            ) WITH (
              'connector' = 'kafka',
              'topic' = 'orders.raw.v1',
              'properties.bootstrap.servers' = 'kafka:29092',
              'properties.group.id' = 'streamt-agg',
              'scan.startup.mode' = 'earliest-offset',
              'format' = 'json'
            )""";

    private static final String SINK_DDL = """
            CREATE TABLE `per_customer` (
              `customer_id` INT,
              `n` BIGINT NOT NULL,
              PRIMARY KEY (`customer_id`) NOT ENFORCED
            ) WITH (
              'connector' = 'upsert-kafka',
              'topic' = 'per_customer',
              'properties.bootstrap.servers' = 'kafka:29092',
              'key.format' = 'json',
              'value.format' = 'json'
            )""";

    @Test
    void acceptsEveryKindOfGeneratedStatement() {
        for (String statement : List.of(
                "SET 'parallelism.default' = '2'",
                "SET 'execution.checkpointing.interval' = '60000 ms'",
                "SET 'table.exec.state.ttl' = '500 ms'",
                SOURCE_DDL,
                SINK_DDL,
                "CREATE TABLE `m` (`id` STRING, `ts` TIMESTAMP(3), WATERMARK FOR `ts` AS `ts`) WITH ('connector' = 'kafka')",
                "INSERT INTO `per_customer` SELECT customer_id, COUNT(*) AS n FROM `orders_raw` GROUP BY customer_id",
                "INSERT INTO `copy` SELECT * FROM `orders_raw`")) {
            assertThat(FlinkStatementCheck.check(statement)).as(statement).isEmpty();
            assertThat(FlinkStatementCheck.requireValid(statement)).isSameAs(statement);
        }
    }

    @Test
    void inferredOutputTypesCanBeDeclaredInDdl() {
        SqlAnalysis analysis = Fixtures.analyze("SELECT id, amount * 1.5 AS a, region || 'x' AS r, ts, proc, "
                + "CURRENT_TIMESTAMP AS now_ltz, DATE '2024-01-01' AS d, TIME '10:00:00' AS t, X'AB' AS b, 'EU' AS c, "
                + "tags, attrs, payload, ARRAY[1, 2] AS arr, MAP['a', 1] AS m, ROW(id, region) AS rw, "
                + "INTERVAL '5' SECOND AS iv, INTERVAL '1' MONTH AS im, COLLECT(region) OVER (ORDER BY ts) AS ms, "
                + "ML_PREDICT('FraudModel', amount) AS p, ML_PREDICT('Nope', amount) AS o FROM `orders`");
        StringBuilder ddl = new StringBuilder("CREATE TABLE `out` (\n");
        for (OutputColumn column : analysis.columns()) {
            if (column.type().declarable()) {
                ddl.append("  `").append(column.name()).append("` ").append(column.type().ddl()).append(",\n");
            }
        }
        ddl.append("  PRIMARY KEY (`id`) NOT ENFORCED\n) WITH ('connector' = 'upsert-kafka')");
        assertThat(analysis.columns()).hasSize(21);
        assertThat(analysis.columns()).filteredOn(c -> !c.type().declarable()).extracting(OutputColumn::name)
                .containsExactly("iv", "im");
        assertThat(FlinkStatementCheck.check(ddl.toString())).as(ddl.toString()).isEmpty();
    }

    @Test
    void reportsWhereAGeneratedStatementIsBroken() {
        String broken = SINK_DDL.replace("NOT ENFORCED", "ENFORCED NOT");
        SqlSyntaxError error = FlinkStatementCheck.check(broken).orElseThrow();
        assertThat(error.line()).isEqualTo(4);
        assertThat(FlinkStatementCheck.check("CREATE TABLE t (a INT) WITH ('connector' = )")).isPresent();
        assertThat(FlinkStatementCheck.check("SET parallelism.default = 2")).isPresent();
    }

    @Test
    void requiresExactlyOneStatement() {
        assertThat(FlinkStatementCheck.check("SET 'a' = '1'; SET 'b' = '2'").orElseThrow().message())
                .isEqualTo("Expected exactly one statement, found 2.");
        assertThat(FlinkStatementCheck.check("")).isPresent();
    }

    @Test
    void requireValidThrowsWithPositionAndStatement() {
        assertThatThrownBy(() -> FlinkStatementCheck.requireValid("INSERT INTO x SELEC 1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1, column")
                .hasMessageContaining("INSERT INTO x SELEC 1");
    }
}
