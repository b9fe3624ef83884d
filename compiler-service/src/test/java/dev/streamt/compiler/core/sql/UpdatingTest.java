package dev.streamt.compiler.core.sql;

import static dev.streamt.compiler.core.sql.Fixtures.analyze;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.sql.analysis.SqlAnalysis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether the result is a changelog with updates (upsert-kafka sink with a key) or append-only. */
class UpdatingTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "non-windowed GROUP BY aggregation|SELECT region, COUNT(*) AS n FROM `orders` GROUP BY region",
            "aggregation without GROUP BY|SELECT COUNT(*) AS n FROM `orders`",
            "regular JOIN|SELECT o.id FROM `orders` o JOIN `payments` p ON o.id = p.order_id",
            "regular JOIN|SELECT o.id FROM `orders` o LEFT JOIN `payments` p ON o.id = p.order_id",
            "regular JOIN|SELECT o.id FROM `orders` o, `payments` p WHERE o.id = p.order_id",
            "ranking function (Top-N / deduplication)|SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY region ORDER BY amount DESC) AS rn FROM `orders`) WHERE rn <= 3",
            "ranking function (Top-N / deduplication)|SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY id ORDER BY ts DESC) AS rn FROM `orders`) WHERE rn = 1",
            "SELECT DISTINCT|SELECT DISTINCT region FROM `orders`",
            "ranking function (Top-N / deduplication)|SELECT * FROM (SELECT *, RANK() OVER (PARTITION BY id ORDER BY proc) AS r FROM `orders`) WHERE r = 1",
            "ORDER BY with LIMIT (Top-N)|SELECT id FROM `orders` ORDER BY amount DESC LIMIT 10",
            "UNION (deduplicating set operation)|SELECT id FROM `orders` UNION SELECT order_id FROM `payments`",
            "NOT IN subquery (anti-join)|SELECT id FROM `orders` WHERE id NOT IN (SELECT order_id FROM `payments`)",
            "NOT EXISTS subquery (anti-join)|SELECT id FROM `orders` o WHERE NOT EXISTS (SELECT 1 FROM `payments` p WHERE p.order_id = o.id)",
            "aggregation without GROUP BY|SELECT id, (SELECT MAX(paid) FROM `payments`) AS top FROM `orders`",
            "input model.customers is an updating changelog|SELECT * FROM `customers`",
            "input model.customers is an updating changelog|SELECT id, UPPER(name) AS n FROM `customers` WHERE tier = 'gold'",
            "non-windowed GROUP BY aggregation|SELECT * FROM (SELECT region, COUNT(*) AS n FROM `orders` GROUP BY region) t WHERE n > 5"})
    void updatingQueries(String reason, String sql) {
        SqlAnalysis analysis = analyze(sql);
        assertThat(analysis.updating()).isTrue();
        assertThat(analysis.updatingReasons()).contains(reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "SELECT * FROM `orders`",
            "SELECT id, amount FROM `orders` WHERE amount > 0",
            "SELECT COUNT(*) FROM `orders` GROUP BY TUMBLE(ts, INTERVAL '1' HOUR)",
            "SELECT region, COUNT(*) FROM `orders` GROUP BY region, HOP(ts, INTERVAL '1' MINUTE, INTERVAL '1' HOUR)",
            "SELECT window_start, window_end, region, SUM(amount) FROM TABLE(TUMBLE(TABLE `orders`, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end, region",
            "SELECT DISTINCT window_start, window_end, region FROM TABLE(TUMBLE(TABLE `orders`, DESCRIPTOR(ts), INTERVAL '1' MINUTE))",
            "SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY window_start, window_end ORDER BY amount DESC) AS rn FROM TABLE(TUMBLE(TABLE `orders`, DESCRIPTOR(ts), INTERVAL '1' MINUTE))) WHERE rn <= 3",
            "SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY id ORDER BY proc ASC) AS rn FROM `orders`) WHERE rn = 1",
            "SELECT o.id FROM `orders` o JOIN `payments` p ON o.id = p.order_id AND p.pay_ts BETWEEN o.ts AND o.ts + INTERVAL '1' HOUR",
            "SELECT o.id, c.tier FROM `orders` o JOIN `customers` FOR SYSTEM_TIME AS OF o.ts AS c ON o.customer_id = c.id",
            "SELECT o.id, c.tier FROM `orders` o LEFT JOIN `customers` FOR SYSTEM_TIME AS OF o.proc AS c ON o.customer_id = c.id",
            "SELECT o.id, t.tag FROM `orders` o CROSS JOIN UNNEST(o.tags) AS t(tag)",
            "SELECT id, SUM(amount) OVER (PARTITION BY region ORDER BY ts ROWS BETWEEN 5 PRECEDING AND CURRENT ROW) FROM `orders`",
            "SELECT id FROM `orders` UNION ALL SELECT order_id FROM `payments`",
            "SELECT id FROM `orders` ORDER BY ts",
            "SELECT id FROM `orders` WHERE id IN (SELECT order_id FROM `payments`)",
            "SELECT * FROM `orders` MATCH_RECOGNIZE (PARTITION BY region ORDER BY ts MEASURES A.id AS aid PATTERN (A) DEFINE A AS A.amount > 0) m"})
    void appendOnlyQueries(String sql) {
        SqlAnalysis analysis = analyze(sql);
        assertThat(analysis.updating()).as("reasons %s", analysis.updatingReasons()).isFalse();
        assertThat(analysis.updatingReasons()).isEmpty();
    }
}
