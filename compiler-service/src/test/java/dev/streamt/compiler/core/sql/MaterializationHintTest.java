package dev.streamt.compiler.core.sql;

import static dev.streamt.compiler.core.sql.Fixtures.analyze;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.sql.analysis.FeatureUse;
import dev.streamt.compiler.core.sql.analysis.MaterializationHint.Kind;
import dev.streamt.compiler.core.sql.analysis.SqlAnalysis;
import dev.streamt.compiler.core.sql.analysis.SqlFeature;
import dev.streamt.compiler.core.sql.analysis.SqlProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each statefulness feature is detected on the parsed tree and makes the SQL STATEFUL with its reason. */
class MaterializationHintTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "GROUP_BY|GROUP BY|SELECT customer_id, COUNT(*) AS n FROM `orders` GROUP BY customer_id",
            "AGGREGATE|aggregate function|SELECT SUM(amount) FROM `orders`",
            "TUMBLE_WINDOW|TUMBLE window|SELECT COUNT(*) FROM `orders` GROUP BY TUMBLE(ts, INTERVAL '1' HOUR)",
            "HOP_WINDOW|HOP window|SELECT COUNT(*) FROM `orders` GROUP BY HOP(ts, INTERVAL '5' MINUTE, INTERVAL '1' HOUR)",
            "SESSION_WINDOW|SESSION window|SELECT COUNT(*) FROM `orders` GROUP BY SESSION(ts, INTERVAL '10' MINUTE)",
            "TUMBLE_WINDOW|TUMBLE window|SELECT * FROM TABLE(TUMBLE(TABLE `orders`, DESCRIPTOR(ts), INTERVAL '1' MINUTE))",
            "HOP_WINDOW|HOP window|SELECT window_start, COUNT(*) FROM TABLE(HOP(TABLE `orders`, DESCRIPTOR(ts), INTERVAL '1' MINUTE, INTERVAL '5' MINUTE)) GROUP BY window_start, window_end",
            "CUMULATE_WINDOW|CUMULATE window|SELECT window_end, SUM(amount) FROM TABLE(CUMULATE(TABLE `orders`, DESCRIPTOR(ts), INTERVAL '1' MINUTE, INTERVAL '1' HOUR)) GROUP BY window_start, window_end",
            "SESSION_WINDOW|SESSION window|SELECT * FROM TABLE(SESSION(TABLE `orders` PARTITION BY customer_id, DESCRIPTOR(ts), INTERVAL '5' MINUTE))",
            "JOIN|JOIN|SELECT o.id, c.name FROM `orders` o JOIN `customers` c ON o.customer_id = c.id",
            "JOIN|JOIN|SELECT o.id FROM `orders` o LEFT JOIN `payments` p ON o.id = p.order_id",
            "JOIN|JOIN|SELECT o.id FROM `orders` o, `payments` p WHERE o.id = p.order_id",
            "JOIN|JOIN|SELECT o.id FROM `orders` o CROSS JOIN `payments` p",
            "INTERVAL_JOIN|interval JOIN|SELECT o.id FROM `orders` o JOIN `payments` p ON o.id = p.order_id AND p.pay_ts BETWEEN o.ts AND o.ts + INTERVAL '1' HOUR",
            "INTERVAL_JOIN|interval JOIN|SELECT o.id FROM `orders` o, `payments` p WHERE o.id = p.order_id AND o.ts >= p.pay_ts - INTERVAL '4' HOUR AND o.ts < p.pay_ts",
            "TEMPORAL_JOIN|temporal JOIN (FOR SYSTEM_TIME AS OF)|SELECT o.id, c.tier FROM `orders` o JOIN `customers` FOR SYSTEM_TIME AS OF o.ts AS c ON o.customer_id = c.id",
            "LOOKUP_JOIN|lookup JOIN (FOR SYSTEM_TIME AS OF processing time)|SELECT o.id, c.tier FROM `orders` o JOIN `customers` FOR SYSTEM_TIME AS OF o.proc AS c ON o.customer_id = c.id",
            "WINDOW_JOIN|window JOIN|SELECT L.id FROM (SELECT * FROM TABLE(TUMBLE(TABLE `orders`, DESCRIPTOR(ts), INTERVAL '1' MINUTE))) L JOIN (SELECT * FROM TABLE(TUMBLE(TABLE `payments`, DESCRIPTOR(pay_ts), INTERVAL '1' MINUTE))) R ON L.id = R.order_id AND L.window_start = R.window_start AND L.window_end = R.window_end",
            "LATERAL_TABLE|LATERAL table function|SELECT o.id, t.word FROM `orders` o, LATERAL TABLE(split_words(o.region)) AS t(word)",
            "UNNEST|UNNEST|SELECT o.id, t.tag FROM `orders` o CROSS JOIN UNNEST(o.tags) AS t(tag)",
            "SUBQUERY_JOIN|subquery join (IN / EXISTS / scalar subquery)|SELECT id FROM `orders` WHERE customer_id IN (SELECT id FROM `customers`)",
            "SUBQUERY_JOIN|subquery join (IN / EXISTS / scalar subquery)|SELECT id, (SELECT MAX(paid) FROM `payments`) AS top FROM `orders`",
            "DISTINCT|DISTINCT|SELECT DISTINCT region FROM `orders`",
            "ORDER_BY|ORDER BY|SELECT id FROM `orders` ORDER BY ts",
            "LIMIT|LIMIT / FETCH|SELECT id FROM `orders` LIMIT 10",
            "OVER_WINDOW|OVER window|SELECT id, SUM(amount) OVER (PARTITION BY customer_id ORDER BY ts ROWS BETWEEN 10 PRECEDING AND CURRENT ROW) AS s FROM `orders`",
            "OVER_WINDOW|OVER window|SELECT id, COUNT(*) OVER w AS n FROM `orders` WINDOW w AS (PARTITION BY region ORDER BY ts)",
            "TOP_N|ranking function (Top-N / deduplication)|SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY region ORDER BY amount DESC) AS rn FROM `orders`) WHERE rn <= 3",
            "TOP_N|ranking function (Top-N / deduplication)|SELECT id, RANK() OVER (ORDER BY amount) AS r FROM `orders`",
            "TOP_N|ranking function (Top-N / deduplication)|SELECT id, DENSE_RANK() OVER (PARTITION BY region ORDER BY amount) AS r FROM `orders`",
            "ML_PREDICT|ML_PREDICT|SELECT id, ML_PREDICT('FraudModel', amount) AS p FROM `orders`",
            "ML_EVALUATE|ML_EVALUATE|SELECT ML_EVALUATE('FraudModel', amount, region) AS e FROM `orders`",
            "ML_PREDICT|ML_PREDICT|SELECT * FROM ML_PREDICT(TABLE `orders`, MODEL FraudModel, DESCRIPTOR(amount, region))",
            "MATCH_RECOGNIZE|MATCH_RECOGNIZE|SELECT * FROM `orders` MATCH_RECOGNIZE (PARTITION BY customer_id ORDER BY ts MEASURES A.amount AS a1 ONE ROW PER MATCH PATTERN (A B) DEFINE B AS B.amount > A.amount) AS m",
            "UNION|UNION|SELECT id FROM `orders` UNION SELECT order_id FROM `payments`",
            "UNION_ALL|UNION ALL|SELECT id FROM `orders` UNION ALL SELECT order_id FROM `payments`",
            "INTERSECT|INTERSECT|SELECT id FROM `orders` INTERSECT SELECT order_id FROM `payments`",
            "EXCEPT|EXCEPT|SELECT id FROM `orders` EXCEPT SELECT order_id FROM `payments`",
            "TABLE_FUNCTION|table function|SELECT * FROM `orders`, TABLE(explode(tags)) AS t(x)"})
    void statefulFeaturesNeedFlink(SqlFeature feature, String reason, String sql) {
        SqlAnalysis analysis = analyze(sql);
        assertThat(analysis.has(feature)).as("features %s", analysis.features()).isTrue();
        assertThat(analysis.hint().kind()).isEqualTo(Kind.STATEFUL);
        assertThat(analysis.hint().reasons()).contains(reason);
        assertThat(analysis.hint().inferredFrom()).startsWith("stateful SQL: ").contains(reason);
    }

    @Test
    void plainJoinsAreNotMistakenForIntervalOrTemporalJoins() {
        SqlAnalysis analysis = analyze("SELECT o.id FROM `orders` o JOIN `payments` p ON o.id = p.order_id");
        assertThat(analysis.has(SqlFeature.JOIN)).isTrue();
        assertThat(analysis.has(SqlFeature.INTERVAL_JOIN)).isFalse();
        assertThat(analysis.has(SqlFeature.TEMPORAL_JOIN)).isFalse();
        // a time attribute compared with a constant is a filter, not an interval bound between both sides
        SqlAnalysis filtered = analyze("SELECT o.id FROM `orders` o JOIN `payments` p ON o.id = p.order_id"
                + " AND o.ts > TIMESTAMP '2024-01-01 00:00:00'");
        assertThat(filtered.has(SqlFeature.INTERVAL_JOIN)).isFalse();
    }

    @Test
    void selectStarOfOneInputWithoutWhereIsPassthrough() {
        for (String sql : new String[] {"SELECT * FROM `orders`", "SELECT o.* FROM `orders` o",
                "SELECT * FROM (SELECT * FROM `orders`) x", "WITH c AS (SELECT * FROM `raw`) SELECT * FROM c",
                "SELECT * FROM `orders` /*+ OPTIONS('scan.startup.mode'='latest-offset') */"}) {
            SqlAnalysis analysis = analyze(sql);
            assertThat(analysis.hint().kind()).as(sql).isEqualTo(Kind.PASSTHROUGH);
            assertThat(analysis.passthrough()).isTrue();
            assertThat(analysis.hint().inferredFrom()).isEqualTo("SELECT * of one input without WHERE");
        }
    }

    @Test
    void aFilterOrAProjectionIsStateless() {
        SqlAnalysis filter = analyze("SELECT * FROM `orders` WHERE region = 'EU'");
        assertThat(filter.hint().kind()).isEqualTo(Kind.STATELESS);
        assertThat(filter.hint().reasons()).containsExactly("WHERE filter");
        assertThat(filter.hasWhere()).isTrue();

        SqlAnalysis projection = analyze("SELECT id, amount * 2 AS doubled, UPPER(region) AS r FROM `orders`");
        assertThat(projection.hint().kind()).isEqualTo(Kind.STATELESS);
        assertThat(projection.hint().reasons()).containsExactly("projection");
        assertThat(projection.hint().inferredFrom()).isEqualTo("stateless SQL: projection");

        SqlAnalysis both = analyze("SELECT id FROM `orders` WHERE amount > 0");
        assertThat(both.hint().reasons()).containsExactly("projection", "WHERE filter");

        SqlAnalysis renamed = analyze("SELECT * FROM `orders` AS o(a, b)");
        assertThat(renamed.hint().kind()).isEqualTo(Kind.STATELESS);
        SqlAnalysis nested = analyze("SELECT * FROM (SELECT * FROM `orders` WHERE amount > 0) x");
        assertThat(nested.hint().kind()).isEqualTo(Kind.STATELESS);
        SqlAnalysis wrongStar = analyze("SELECT x.* FROM `orders` o");
        assertThat(wrongStar.passthrough()).isFalse();
        assertThat(wrongStar.problems(SqlProblem.Code.UNKNOWN_COLUMN)).hasSize(1);
    }

    @Test
    void noFromIsItsOwnKindAndAProblem() {
        for (String sql : new String[] {"SELECT 1 AS n", "SELECT CURRENT_TIMESTAMP", "VALUES (1, 'a')",
                "WITH x AS (SELECT 1 AS a) SELECT * FROM x", "SELECT * FROM (VALUES (1)) AS t(a)",
                "SELECT * FROM TABLE(generate_rows(10))"}) {
            SqlAnalysis analysis = analyze(sql);
            assertThat(analysis.noFrom()).as(sql).isTrue();
            assertThat(analysis.hint().kind()).isEqualTo(Kind.NO_FROM);
            assertThat(analysis.problems(SqlProblem.Code.SQL_NO_FROM)).hasSize(1);
            assertThat(analysis.problems(SqlProblem.Code.SQL_NO_FROM).get(0).line()).isEqualTo(1);
        }
        assertThat(analyze("SELECT * FROM `orders`").problems(SqlProblem.Code.SQL_NO_FROM)).isEmpty();
    }

    @Test
    void aSyntaxErrorCarriesNothingElse() {
        SqlAnalysis analysis = analyze("SELECT customer_id COUNT(*) FROM `orders` GROUP BY customer_id");
        assertThat(analysis.parsed()).isFalse();
        assertThat(analysis.syntaxError().line()).isEqualTo(1);
        assertThat(analysis.syntaxError().column()).isEqualTo(20);
        assertThat(analysis.hint()).isNull();
        assertThat(analysis.columns()).isEmpty();
        assertThat(analysis.features()).isEmpty();
        assertThat(analysis.tables()).isEmpty();
        assertThat(analysis.unusedInputs()).isEmpty();
        assertThat(analysis.problems()).singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo(SqlProblem.Code.SQL_SYNTAX_ERROR))
                .satisfies(p -> assertThat(p.column()).isEqualTo(20));
    }

    @Test
    void statefulnessIsReadFromTheTreeNotFromText() {
        // the words appear only inside string literals, comments and identifiers
        SqlAnalysis analysis = analyze("SELECT 'GROUP BY x JOIN y' AS `join`, region AS group_by -- ORDER BY ts\n"
                + "FROM `orders` /* DISTINCT */ WHERE region <> 'UNION ALL'");
        assertThat(analysis.hint().kind()).isEqualTo(Kind.STATELESS);
        assertThat(analysis.features()).extracting(FeatureUse::feature)
                .containsExactly(SqlFeature.WHERE, SqlFeature.PROJECTION);
    }

    @Test
    void featuresAreReportedOnceWithTheirFirstPosition() {
        SqlAnalysis analysis = analyze("SELECT a.id\nFROM `orders` a\nJOIN `payments` b ON a.id = b.order_id\n"
                + "JOIN `customers` c ON a.customer_id = c.id");
        assertThat(analysis.features()).filteredOn(f -> f.feature() == SqlFeature.JOIN).singleElement()
                .satisfies(f -> assertThat(f.line()).isEqualTo(3));
    }
}
