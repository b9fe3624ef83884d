package dev.streamt.compiler.core.sql;

import static dev.streamt.compiler.core.sql.Fixtures.analyze;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.sql.analysis.MaterializationHint;
import dev.streamt.compiler.core.sql.analysis.SqlAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Odd but parseable SQL never breaks the analysis; analyses are deterministic and safe to run concurrently. */
class RobustnessTest {

    private static final List<String> CORPUS = List.of(
            "SELECT * FROM `orders` o NATURAL JOIN `payments` p",
            "SELECT * FROM `orders` o FULL JOIN `payments` p ON o.id = p.order_id",
            "SELECT * FROM `orders` o RIGHT JOIN `payments` p ON o.id = p.order_id",
            "SELECT region, COUNT(*) FROM `orders` GROUP BY GROUPING SETS ((region), ())",
            "SELECT region, customer_id, SUM(amount) FROM `orders` GROUP BY CUBE (region, customer_id)",
            "SELECT region, SUM(amount) FROM `orders` GROUP BY ROLLUP (region) HAVING SUM(amount) > 10",
            "TABLE `orders`",
            "SELECT * FROM (TABLE `orders`)",
            "SELECT CAST(payload AS ROW<sku STRING, qty BIGINT>).qty FROM `orders`",
            "SELECT INTERVAL '1 02:03:04' DAY TO SECOND FROM `orders`",
            "SELECT o.id FROM `orders` o, LATERAL (SELECT MAX(paid) AS m FROM `payments` p WHERE p.order_id = o.id)",
            "SELECT id FROM `orders` WHERE amount > ALL (SELECT paid FROM `payments`)",
            "SELECT id FROM `orders` WHERE amount = SOME (SELECT paid FROM `payments`)",
            "SELECT JSON_OBJECT('a' VALUE id), JSON_ARRAY(1, 2), JSON_QUERY(region, '$.x') FROM `orders`",
            "SELECT id FROM `orders` WHERE region IS NOT DISTINCT FROM 'EU' AND amount IS NOT NULL",
            "SELECT x.* FROM `orders`",
            "SELECT * FROM `orders` WHERE `nonexistent`.`deep`.`path` = 1",
            "SELECT unknown_fn(unknown_col) FROM `nope`",
            "SELECT * FROM TABLE(TUMBLE(TABLE `raw`, DESCRIPTOR(event_ts), INTERVAL '1' MINUTE))",
            "SELECT * FROM TABLE(TUMBLE(TABLE `orders`, DESCRIPTOR(nope), INTERVAL '1' MINUTE))",
            "SELECT * FROM TABLE(TUMBLE((SELECT * FROM `orders`), DESCRIPTOR(ts), INTERVAL '1' MINUTE))",
            "SELECT * FROM TABLE(TUMBLE())",
            "SELECT * FROM `orders` o CROSS JOIN UNNEST(o.attrs) AS m(k, v)",
            "SELECT * FROM `orders` o CROSS JOIN UNNEST(o.tags) WITH ORDINALITY AS t(tag, pos)",
            "SELECT * FROM `raw` r CROSS JOIN UNNEST(r.items) AS i(item)",
            "SELECT * FROM LATERAL TABLE(ML_PREDICT('FraudModel', 1, 2))",
            "SELECT * FROM `orders`, LATERAL TABLE(ML_PREDICT('Nope', amount)) AS p(score)",
            "SELECT ML_PREDICT(), ML_EVALUATE(x) FROM `orders`",
            "SELECT id, ROW_NUMBER() OVER () FROM `orders`",
            "SELECT id, COUNT(*) OVER missing FROM `orders`",
            "SELECT COUNT(*) FILTER (WHERE amount > 0) FROM `orders`",
            "SELECT LISTAGG(region, ',') WITHIN GROUP (ORDER BY region) FROM `orders`",
            "SELECT * FROM (VALUES (1, 'a'), (2, 'bb')) AS v(n, s), `orders`",
            "SELECT 1 UNION ALL SELECT 2 FROM `orders`",
            "SELECT a, b FROM `orders` UNION SELECT 1 FROM `payments`",
            "WITH a AS (SELECT id FROM `orders`), b AS (SELECT id FROM a) SELECT * FROM b JOIN a USING (id)",
            "WITH RECURSIVE r AS (SELECT 1 AS n) SELECT * FROM r",
            "SELECT (SELECT 1), EXISTS (SELECT 1) FROM `orders`",
            "SELECT * FROM `orders` ORDER BY 1 DESC NULLS LAST",
            "SELECT region AS r FROM `orders` ORDER BY r",
            "SELECT * FROM (SELECT * FROM `orders` UNION ALL SELECT * FROM `orders`) ORDER BY ts",
            "SELECT id FROM `orders` QUALIFY ROW_NUMBER() OVER (PARTITION BY id ORDER BY ts) = 1",
            "SELECT * FROM `orders` FOR SYSTEM_TIME AS OF TIMESTAMP '2024-01-01 00:00:00'",
            "SELECT t.a.b.c FROM `orders` t",
            "SELECT id, `CURRENT_TIMESTAMP` FROM `orders`",
            "SELECT DEFAULT FROM `orders`",
            "SELECT CAST(NULL AS INT), CAST(NULL AS RAW('java.lang.Object', 'x')) FROM `orders`",
            "SELECT MAP[1, 'a', 2, 'b'][1], ARRAY[ROW(1, 'x')][1] FROM `orders`",
            "SELECT `x` FROM `orders` AS `x`",
            "SELECT * FROM `orders` WHERE id IN (1, 2, 3) AND region NOT IN ('a') AND region SIMILAR TO 'E%'",
            "SELECT CASE END_ FROM `orders`".replace("CASE END_", "CASE WHEN TRUE THEN NULL END"));

    @Test
    void neverThrowsOnParseableSql() {
        for (String sql : CORPUS) {
            SqlAnalysis analysis = analyze(sql);
            assertThat(analysis).as(sql).isNotNull();
            if (analysis.parsed()) {
                assertThat(analysis.hint()).as(sql).isNotNull();
                assertThat(analysis.columns()).as(sql).allSatisfy(c -> assertThat(c.name()).isNotEmpty());
            }
        }
    }

    @Test
    void deepExpressionsAndLongUnionsAreHandled() {
        StringBuilder or = new StringBuilder("SELECT id FROM `orders` WHERE id = 0");
        for (int i = 1; i < 3000; i++) {
            or.append(i % 2 == 0 ? " OR id = " : " AND region <> ").append(i % 2 == 0 ? String.valueOf(i) : "'r" + i + "'");
        }
        SqlAnalysis deep = analyze(or.toString());
        assertThat(deep.parsed()).isTrue();
        assertThat(deep.hint().kind()).isEqualTo(MaterializationHint.Kind.STATELESS);

        StringBuilder union = new StringBuilder("SELECT id FROM `orders`");
        for (int i = 0; i < 500; i++) {
            union.append(" UNION ALL SELECT payment_id FROM `payments`");
        }
        SqlAnalysis unions = analyze(union.toString());
        assertThat(unions.columns()).singleElement()
                .satisfies(c -> assertThat(c.lineage()).containsExactly(Fixtures.ref("source.orders", "id"),
                        Fixtures.ref("source.payments", "payment_id")));
    }

    @Test
    void isDeterministicAndThreadSafe() throws Exception {
        List<SqlAnalysis> sequential = new ArrayList<>();
        for (String sql : CORPUS) {
            sequential.add(analyze(sql));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<SqlAnalysis>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    List<SqlAnalysis> results = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        results.clear();
                        for (String sql : CORPUS) {
                            results.add(analyze(sql));
                        }
                    }
                    return results;
                }));
            }
            for (Future<List<SqlAnalysis>> future : futures) {
                assertThat(future.get()).isEqualTo(sequential);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
