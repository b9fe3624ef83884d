package dev.streamt.compiler.core.sql;

import static dev.streamt.compiler.core.sql.Fixtures.analyze;
import static dev.streamt.compiler.core.sql.Fixtures.names;
import static dev.streamt.compiler.core.sql.Fixtures.type;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.sql.analysis.InputCatalog;
import dev.streamt.compiler.core.sql.analysis.InputColumn;
import dev.streamt.compiler.core.sql.analysis.InputRelation;
import dev.streamt.compiler.core.sql.analysis.OutputColumn;
import dev.streamt.compiler.core.sql.analysis.SqlAnalysis;
import dev.streamt.compiler.core.sql.types.FlinkType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Output column types inferred from input types through expressions, as Flink derives them. */
class TypeInferenceTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " ~ ", quoteCharacter = '"', value = {
            // literals
            "1 ~ INT NOT NULL", "12345678901 ~ BIGINT NOT NULL", "1.5 ~ DECIMAL(2, 1) NOT NULL", "1e3 ~ DOUBLE NOT NULL",
            "'EU' ~ CHAR(2) NOT NULL", "'' ~ STRING NOT NULL", "TRUE ~ BOOLEAN NOT NULL", "X'AB' ~ BINARY(1) NOT NULL",
            "DATE '2024-01-01' ~ DATE NOT NULL", "TIME '10:00:00.123' ~ TIME(3) NOT NULL",
            "TIMESTAMP '2024-01-01 00:00:00.12' ~ TIMESTAMP(2) NOT NULL", "INTERVAL '5' SECOND ~ INTERVAL SECOND(3) NOT NULL",
            "INTERVAL '1' MONTH ~ INTERVAL MONTH NOT NULL",
            // columns, CAST
            "id ~ BIGINT", "amount ~ DECIMAL(10, 2)", "ts ~ TIMESTAMP(3) *ROWTIME*", "proc ~ TIMESTAMP_LTZ(3) NOT NULL *PROCTIME*",
            "CAST(id AS STRING) ~ STRING", "CAST(amount AS INT) ~ INT", "CAST('1' AS INT) ~ INT NOT NULL",
            "TRY_CAST('1' AS INT) ~ INT", "CAST(ts AS TIMESTAMP(3)) ~ TIMESTAMP(3)", "CAST(region AS DECIMAL(5,1)) ~ DECIMAL(5, 1)",
            "CAST(region AS VARCHAR) ~ STRING", "CAST(region AS VARCHAR(20)) ~ VARCHAR(20)",
            "CAST(id AS TIMESTAMP_LTZ(3)) ~ TIMESTAMP_LTZ(3)", "CAST(tags AS ARRAY<INT>) ~ ARRAY<INT>",
            // arithmetic and numeric widening
            "id + 1 ~ BIGINT", "customer_id + 1 ~ INT", "customer_id + id ~ BIGINT", "customer_id * 1.5 ~ DECIMAL(13, 1)",
            "amount + 1 ~ DECIMAL(13, 2)", "amount * amount ~ DECIMAL(21, 4)", "amount / 3 ~ DECIMAL(21, 13)",
            "amount + 1e0 ~ DOUBLE", "customer_id / 2 ~ INT", "MOD(id, 3) ~ INT", "-amount ~ DECIMAL(10, 2)",
            "ts + INTERVAL '1' HOUR ~ TIMESTAMP(3)", "ts - INTERVAL '5' SECOND ~ TIMESTAMP(3)",
            // predicates
            "amount > 0 ~ BOOLEAN", "region IS NULL ~ BOOLEAN NOT NULL", "region LIKE 'E%' ~ BOOLEAN",
            "customer_id BETWEEN 1 AND 5 ~ BOOLEAN", "region IN ('EU', 'US') ~ BOOLEAN", "NOT (amount > 0) ~ BOOLEAN",
            "amount > 0 AND region = 'EU' ~ BOOLEAN", "1 = 1 ~ BOOLEAN NOT NULL", "region IS DISTINCT FROM 'x' ~ BOOLEAN NOT NULL",
            // conditionals
            "CASE WHEN region = 'EU' THEN amount ELSE 0 END ~ DECIMAL(12, 2)",
            "CASE WHEN amount > 0 THEN 'yes' ELSE 'no' END ~ VARCHAR(3) NOT NULL",
            "CASE WHEN amount > 0 THEN 1 END ~ INT", "CASE region WHEN 'EU' THEN 1 WHEN 'US' THEN 2 ELSE 3 END ~ INT NOT NULL",
            "COALESCE(region, 'n/a') ~ STRING NOT NULL", "COALESCE(customer_id, id) ~ BIGINT", "IFNULL(customer_id, 0) ~ INT NOT NULL",
            "NULLIF(region, '') ~ STRING", "IF(amount > 0, 'pos', 'neg') ~ CHAR(3) NOT NULL", "GREATEST(customer_id, id) ~ BIGINT",
            // strings
            "UPPER(region) ~ STRING", "CONCAT(region, '-', region) ~ STRING", "region || '!' ~ STRING", "'a' || 'bc' ~ CHAR(3) NOT NULL",
            "CHAR_LENGTH(region) ~ INT", "SUBSTRING(region FROM 1 FOR 2) ~ STRING", "TRIM(region) ~ STRING", "TRIM(BOTH ' ' FROM 'x') ~ STRING NOT NULL",
            "REGEXP_EXTRACT(region, 'x') ~ STRING", "MD5(region) ~ STRING", "POSITION('E' IN region) ~ INT", "HASH_CODE(region) ~ INT",
            "SPLIT_INDEX(region, ',', 0) ~ STRING", "UUID() ~ STRING NOT NULL",
            // JSON
            "JSON_VALUE(region, '$.a') ~ STRING", "JSON_VALUE(region, '$.a' RETURNING INT) ~ INT",
            // time
            "DATE_FORMAT(ts, 'yyyy-MM-dd') ~ STRING", "TO_TIMESTAMP(region) ~ TIMESTAMP(3)", "TO_TIMESTAMP_LTZ(id, 3) ~ TIMESTAMP_LTZ(3)",
            "PROCTIME() ~ TIMESTAMP_LTZ(3) NOT NULL *PROCTIME*", "CURRENT_TIMESTAMP ~ TIMESTAMP_LTZ(3) NOT NULL",
            "LOCALTIMESTAMP ~ TIMESTAMP(3) NOT NULL", "CURRENT_DATE ~ DATE NOT NULL", "NOW() ~ TIMESTAMP_LTZ(3) NOT NULL",
            "EXTRACT(YEAR FROM ts) ~ BIGINT", "YEAR(ts) ~ BIGINT", "TIMESTAMPDIFF(SECOND, ts, ts) ~ INT",
            "TIMESTAMPADD(HOUR, 1, ts) ~ TIMESTAMP(3)", "FLOOR(ts TO HOUR) ~ TIMESTAMP(3)", "UNIX_TIMESTAMP() ~ BIGINT NOT NULL",
            // math
            "FLOOR(amount) ~ DECIMAL(10, 0)", "CEIL(customer_id) ~ INT", "ROUND(amount, 1) ~ DECIMAL(10, 1)", "ROUND(amount) ~ DECIMAL(9, 0)",
            "ABS(amount) ~ DECIMAL(10, 2)", "POWER(amount, 2) ~ DOUBLE", "RAND() ~ DOUBLE NOT NULL", "SQRT(customer_id) ~ DOUBLE",
            // collections and rows
            "payload.sku ~ STRING", "tags[1] ~ STRING", "attrs['k'] ~ INT", "CARDINALITY(tags) ~ INT", "ELEMENT(tags) ~ STRING",
            "ARRAY[1, 2] ~ ARRAY<INT NOT NULL> NOT NULL", "MAP['a', 1] ~ MAP<CHAR(1) NOT NULL, INT NOT NULL> NOT NULL",
            "ROW(id, region) ~ ROW<`EXPR$0` BIGINT, `EXPR$1` STRING> NOT NULL", "payload ~ ROW<`sku` STRING, `qty` INT>",
            // ML
            "ML_PREDICT('FraudModel', amount) ~ ROW<`fraud_score` DOUBLE, `confidence` DOUBLE>"})
    void typesExpressions(String expression, String expected) {
        SqlAnalysis analysis = analyze("SELECT " + expression + " AS x FROM `orders`");
        assertThat(analysis.problems()).as("problems").isEmpty();
        assertThat(type(analysis, "x")).isEqualTo(expected);
        assertThat(analysis.column("x").orElseThrow().inferred()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "COUNT(*)|BIGINT NOT NULL", "COUNT(DISTINCT id)|BIGINT NOT NULL", "SUM(amount)|DECIMAL(38, 2)",
            "SUM(customer_id)|INT", "AVG(amount)|DECIMAL(38, 6)", "AVG(id)|BIGINT", "MIN(ts)|TIMESTAMP(3)",
            "MAX(region)|STRING", "FIRST_VALUE(region)|STRING", "LISTAGG(region)|STRING",
            "COLLECT(region)|MULTISET<STRING> NOT NULL", "STDDEV_POP(amount)|DECIMAL(38, 6)",
            "APPROX_COUNT_DISTINCT(id)|BIGINT NOT NULL", "ARRAY_AGG(id)|ARRAY<BIGINT>",
            "COUNT(*) FILTER (WHERE amount > 0)|BIGINT NOT NULL", "SUM(amount) FILTER (WHERE id > 0)|DECIMAL(38, 2)",
            "LISTAGG(region, ',') WITHIN GROUP (ORDER BY region)|STRING"})
    void typesAggregates(String expression, String expected) {
        SqlAnalysis analysis = analyze("SELECT region, " + expression + " AS x FROM `orders` GROUP BY region");
        assertThat(type(analysis, "x")).isEqualTo(expected);
    }

    @Test
    void aggregatesOfAnEmptyGroupAreNullable() {
        assertThat(type(analyze("SELECT SUM(id) AS s FROM `customers`"), "s")).isEqualTo("INT");
        assertThat(type(analyze("SELECT tier, SUM(id) AS s FROM `customers` GROUP BY tier"), "s"))
                .isEqualTo("INT NOT NULL");
        assertThat(type(analyze("SELECT MAX(id) AS m FROM `customers`"), "m")).isEqualTo("INT");
    }

    @Test
    void typesGroupWindowProperties() {
        SqlAnalysis analysis = analyze("SELECT TUMBLE_START(ts, INTERVAL '1' HOUR) AS s, TUMBLE_END(ts, INTERVAL '1' HOUR) AS e,"
                + " TUMBLE_ROWTIME(ts, INTERVAL '1' HOUR) AS r, COUNT(*) AS n FROM `orders` GROUP BY TUMBLE(ts, INTERVAL '1' HOUR)");
        assertThat(type(analysis, "s")).isEqualTo("TIMESTAMP(3) NOT NULL");
        assertThat(type(analysis, "e")).isEqualTo("TIMESTAMP(3) NOT NULL");
        assertThat(type(analysis, "r")).isEqualTo("TIMESTAMP(3) NOT NULL *ROWTIME*");
        assertThat(analysis.rowtimeColumn()).map(OutputColumn::name).contains("r");

        SqlAnalysis hop = analyze("SELECT HOP_START(ts, INTERVAL '5' MINUTE, INTERVAL '1' HOUR) AS s, "
                + "HOP_PROCTIME(proc, INTERVAL '5' MINUTE, INTERVAL '1' HOUR) AS p FROM `orders` "
                + "GROUP BY HOP(ts, INTERVAL '5' MINUTE, INTERVAL '1' HOUR)");
        assertThat(type(hop, "s")).isEqualTo("TIMESTAMP(3) NOT NULL");
        assertThat(type(hop, "p")).isEqualTo("TIMESTAMP_LTZ(3) NOT NULL *PROCTIME*");
        SqlAnalysis session = analyze("SELECT SESSION_END(ts, INTERVAL '10' MINUTE) AS e FROM `orders` "
                + "GROUP BY SESSION(ts, INTERVAL '10' MINUTE)");
        assertThat(type(session, "e")).isEqualTo("TIMESTAMP(3) NOT NULL");
    }

    @Test
    void typesWindowTableFunctionColumns() {
        SqlAnalysis analysis = analyze("SELECT * FROM TABLE(TUMBLE(TABLE `orders`, DESCRIPTOR(ts), INTERVAL '1' MINUTE))");
        assertThat(names(analysis)).endsWith("window_start", "window_end", "window_time");
        assertThat(type(analysis, "window_start")).isEqualTo("TIMESTAMP(3) NOT NULL");
        assertThat(type(analysis, "window_end")).isEqualTo("TIMESTAMP(3) NOT NULL");
        assertThat(type(analysis, "window_time")).isEqualTo("TIMESTAMP(3) NOT NULL *ROWTIME*");
        assertThat(type(analysis, "ts")).as("the time column is no longer a time attribute").isEqualTo("TIMESTAMP(3)");

        SqlAnalysis proctime = analyze("SELECT window_start, window_time FROM TABLE(TUMBLE(DATA => TABLE `orders`, "
                + "TIMECOL => DESCRIPTOR(proc), SIZE => INTERVAL '1' MINUTE))");
        assertThat(type(proctime, "window_start")).isEqualTo("TIMESTAMP_LTZ(3) NOT NULL");
        assertThat(type(proctime, "window_time")).isEqualTo("TIMESTAMP_LTZ(3) NOT NULL *PROCTIME*");
    }

    @Test
    void typesOverWindows() {
        SqlAnalysis analysis = analyze("SELECT ROW_NUMBER() OVER w AS rn, LAG(amount) OVER w AS prev, "
                + "SUM(amount) OVER w AS running FROM `orders` WINDOW w AS (PARTITION BY region ORDER BY ts)");
        assertThat(type(analysis, "rn")).isEqualTo("BIGINT NOT NULL");
        assertThat(type(analysis, "prev")).isEqualTo("DECIMAL(10, 2)");
        assertThat(type(analysis, "running")).isEqualTo("DECIMAL(38, 2)");
    }

    @Test
    void unknownTypesFallBackToStringAndAreFlaggedNotInferred() {
        SqlAnalysis raw = analyze("SELECT x, CHAR_LENGTH(x) AS n, x + 1 AS y, COUNT(x) OVER (ORDER BY proc) AS c, "
                + "my_udf(x) AS u FROM `raw`");
        assertThat(type(raw, "x")).isEqualTo("STRING");
        assertThat(raw.column("x").orElseThrow().inferred()).isFalse();
        assertThat(type(raw, "n")).isEqualTo("INT");
        assertThat(raw.column("n").orElseThrow().inferred()).isTrue();
        assertThat(raw.column("y").orElseThrow().inferred()).isFalse();
        assertThat(raw.column("u").orElseThrow().inferred()).isFalse();
        assertThat(type(raw, "u")).isEqualTo("STRING");

        SqlAnalysis udf = analyze("SELECT my_udf(amount) AS u, CAST(region AS MyType) AS t, NULL AS n FROM `orders`");
        assertThat(udf.columns()).allSatisfy(c -> {
            assertThat(c.type()).isEqualTo(FlinkType.STRING);
            assertThat(c.inferred()).isFalse();
        });
        SqlAnalysis opaque = analyze("SELECT ML_PREDICT('Unknown', amount) AS p FROM `orders`");
        assertThat(type(opaque, "p")).isEqualTo("ROW<`output` STRING>");
        assertThat(opaque.column("p").orElseThrow().inferred()).isFalse();
    }

    @Test
    void untypedDeclaredColumnsAndTimeColumnsGetDocumentedDefaults() {
        InputRelation events = new InputRelation("events", "source.events",
                java.util.List.of(InputColumn.untyped("id"), InputColumn.untyped("ts"), InputColumn.untyped("pt")),
                true, "ts", "pt", false);
        SqlAnalysis analysis = SqlAnalyzer.analyze("SELECT id, ts, pt FROM `events`", InputCatalog.of(events));
        assertThat(type(analysis, "id")).isEqualTo("STRING");
        assertThat(type(analysis, "ts")).isEqualTo("TIMESTAMP(3) *ROWTIME*");
        assertThat(type(analysis, "pt")).isEqualTo("TIMESTAMP_LTZ(3) NOT NULL *PROCTIME*");
        assertThat(analysis.column("id").orElseThrow().inferred()).isFalse();
        assertThat(analysis.column("ts").orElseThrow().inferred()).isFalse();
        assertThat(analysis.column("pt").orElseThrow().inferred()).isTrue();

        SqlAnalysis undeclared = analyze("SELECT event_ts FROM `raw`");
        assertThat(type(undeclared, "event_ts")).isEqualTo("STRING");
    }

    @Test
    void namesColumnsAsFlinkDoes() {
        SqlAnalysis analysis = analyze("SELECT id, o.region, amount * 2, COUNT(*) OVER (ORDER BY ts), CURRENT_DATE, "
                + "payload.sku, id AS id, 1 FROM `orders` o");
        assertThat(names(analysis)).containsExactly("id", "region", "EXPR$2", "EXPR$3", "CURRENT_DATE", "sku", "id0",
                "EXPR$7");
        SqlAnalysis join = analyze("SELECT * FROM `orders` o JOIN `customers` c ON o.customer_id = c.id");
        assertThat(names(join)).contains("id", "ts", "id0", "ts0");
    }

    @Test
    void typesUnionBranchesToTheirCommonType() {
        SqlAnalysis analysis = analyze("SELECT customer_id AS k, amount AS v FROM `orders` "
                + "UNION ALL SELECT payment_id, paid FROM `payments`");
        assertThat(names(analysis)).containsExactly("k", "v");
        assertThat(type(analysis, "k")).isEqualTo("BIGINT");
        assertThat(type(analysis, "v")).isEqualTo("DOUBLE");
    }

    @Test
    void outerJoinsMakeTheNullGeneratingSideNullable() {
        SqlAnalysis left = analyze("SELECT c.id AS cid, o.id AS oid FROM `orders` o LEFT JOIN `customers` c "
                + "ON o.customer_id = c.id");
        assertThat(type(left, "cid")).isEqualTo("INT");
        SqlAnalysis inner = analyze("SELECT c.id AS cid FROM `orders` o JOIN `customers` c ON o.customer_id = c.id");
        assertThat(type(inner, "cid")).isEqualTo("INT NOT NULL");
    }

    @Test
    void regularJoinsAndPlainAggregationsMaterializeTimeAttributes() {
        assertThat(type(analyze("SELECT o.ts FROM `orders` o JOIN `customers` c ON o.customer_id = c.id"), "ts"))
                .isEqualTo("TIMESTAMP(3)");
        assertThat(type(analyze("SELECT ts, COUNT(*) AS n FROM `orders` GROUP BY ts"), "ts"))
                .isEqualTo("TIMESTAMP(3)");
        SqlAnalysis interval = analyze("SELECT o.ts FROM `orders` o JOIN `payments` p ON o.id = p.order_id "
                + "AND p.pay_ts BETWEEN o.ts AND o.ts + INTERVAL '1' HOUR");
        assertThat(type(interval, "ts")).isEqualTo("TIMESTAMP(3) *ROWTIME*");
        assertThat(interval.rowtimeColumn()).isPresent();
    }
}
