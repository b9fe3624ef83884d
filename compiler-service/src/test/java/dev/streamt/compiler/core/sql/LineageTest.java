package dev.streamt.compiler.core.sql;

import static dev.streamt.compiler.core.sql.Fixtures.analyze;
import static dev.streamt.compiler.core.sql.Fixtures.lineage;
import static dev.streamt.compiler.core.sql.Fixtures.names;
import static dev.streamt.compiler.core.sql.Fixtures.ref;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.sql.analysis.ColumnRef;
import dev.streamt.compiler.core.sql.analysis.SqlAnalysis;
import org.junit.jupiter.api.Test;

/** Column-level lineage through aliases, subqueries, CTEs, joins, star expansion and set operations. */
class LineageTest {

    private static final ColumnRef ORDER_ID = ref("source.orders", "id");
    private static final ColumnRef AMOUNT = ref("source.orders", "amount");
    private static final ColumnRef REGION = ref("source.orders", "region");

    @Test
    void followsAliasesAndExpressions() {
        SqlAnalysis analysis = analyze("SELECT id AS order_id, amount * 2 AS doubled, "
                + "CASE WHEN region = 'EU' THEN amount ELSE 0 END AS eu_amount, 42 AS answer FROM `orders`");
        assertThat(lineage(analysis, "order_id")).containsExactly(ORDER_ID);
        assertThat(lineage(analysis, "doubled")).containsExactly(AMOUNT);
        assertThat(lineage(analysis, "eu_amount")).containsExactly(REGION, AMOUNT);
        assertThat(lineage(analysis, "answer")).isEmpty();
    }

    @Test
    void followsTableAliasesThroughJoins() {
        SqlAnalysis analysis = analyze("SELECT o.id, c.name AS customer, o.amount + p.paid AS total FROM `orders` o "
                + "JOIN `customers` c ON o.customer_id = c.id JOIN `payments` AS p ON p.order_id = o.id");
        assertThat(lineage(analysis, "id")).containsExactly(ORDER_ID);
        assertThat(lineage(analysis, "customer")).containsExactly(ref("model.customers", "name"));
        assertThat(lineage(analysis, "total")).containsExactly(AMOUNT, ref("source.payments", "paid"));
    }

    @Test
    void followsSubqueriesAndCtes() {
        SqlAnalysis subquery = analyze("SELECT x.total FROM (SELECT customer_id, SUM(amount) AS total FROM `orders` "
                + "GROUP BY customer_id) x WHERE x.total > 10");
        assertThat(lineage(subquery, "total")).containsExactly(AMOUNT);

        SqlAnalysis ctes = analyze("WITH eu AS (SELECT id, amount AS amt FROM `orders` WHERE region = 'EU'), "
                + "big AS (SELECT id AS big_id, amt * 100 AS cents FROM eu WHERE amt > 10) SELECT big_id, cents FROM big");
        assertThat(lineage(ctes, "big_id")).containsExactly(ORDER_ID);
        assertThat(lineage(ctes, "cents")).containsExactly(AMOUNT);

        SqlAnalysis columnList = analyze("WITH t(a, b) AS (SELECT id, region FROM `orders`) SELECT b FROM t");
        assertThat(lineage(columnList, "b")).containsExactly(REGION);
        SqlAnalysis aliasList = analyze("SELECT k FROM (SELECT id, region FROM `orders`) AS s(k, r)");
        assertThat(lineage(aliasList, "k")).containsExactly(ORDER_ID);
    }

    @Test
    void expandsStarOverJoinsAndSubqueries() {
        SqlAnalysis analysis = analyze("SELECT * FROM (SELECT id, region FROM `orders`) o "
                + "JOIN (SELECT payment_id, order_id FROM `payments`) p ON o.id = p.order_id");
        assertThat(names(analysis)).containsExactly("id", "region", "payment_id", "order_id");
        assertThat(lineage(analysis, "payment_id")).containsExactly(ref("source.payments", "payment_id"));
        assertThat(analysis.columnsComplete()).isTrue();

        SqlAnalysis qualified = analyze("SELECT p.*, o.region FROM `orders` o JOIN `payments` p ON o.id = p.order_id");
        assertThat(names(qualified)).containsExactly("payment_id", "order_id", "paid", "pay_ts", "region");
    }

    @Test
    void mergesUnionBranches() {
        SqlAnalysis analysis = analyze("SELECT id AS k FROM `orders` UNION ALL SELECT payment_id FROM `payments` "
                + "UNION ALL SELECT id FROM `customers`");
        assertThat(names(analysis)).containsExactly("k");
        assertThat(lineage(analysis, "k")).containsExactly(ORDER_ID, ref("source.payments", "payment_id"),
                ref("model.customers", "id"));
    }

    @Test
    void usingJoinColumnsComeFromBothSides() {
        SqlAnalysis analysis = analyze("SELECT * FROM (SELECT id, region FROM `orders`) a "
                + "JOIN (SELECT id, tier FROM `customers`) b USING (id)");
        assertThat(names(analysis)).containsExactly("id", "region", "tier");
        assertThat(lineage(analysis, "id")).containsExactly(ORDER_ID, ref("model.customers", "id"));
    }

    @Test
    void followsWindowTableFunctionsAndAggregates() {
        SqlAnalysis analysis = analyze("SELECT window_start, region, SUM(amount) AS total, COUNT(*) AS n "
                + "FROM TABLE(TUMBLE(TABLE `orders`, DESCRIPTOR(ts), INTERVAL '1' HOUR)) "
                + "GROUP BY window_start, window_end, region");
        assertThat(lineage(analysis, "window_start")).containsExactly(ref("source.orders", "ts"));
        assertThat(lineage(analysis, "total")).containsExactly(AMOUNT);
        assertThat(lineage(analysis, "n")).isEmpty();
    }

    @Test
    void followsUnnestRowFieldsAndTableFunctions() {
        SqlAnalysis analysis = analyze("SELECT o.id, t.tag, o.payload.qty AS qty FROM `orders` o "
                + "CROSS JOIN UNNEST(o.tags) AS t(tag)");
        assertThat(lineage(analysis, "tag")).containsExactly(ref("source.orders", "tags"));
        assertThat(lineage(analysis, "qty")).containsExactly(ref("source.orders", "payload"));
        assertThat(analysis.column("qty").orElseThrow().typeString()).isEqualTo("INT");

        SqlAnalysis udtf = analyze("SELECT o.id, w.word FROM `orders` o, LATERAL TABLE(split_words(o.region)) AS w(word)");
        assertThat(lineage(udtf, "word")).containsExactly(REGION);
        assertThat(udtf.column("word").orElseThrow().inferred()).isFalse();
    }

    @Test
    void followsUndeclaredInputsAndOpaqueMlOutputs() {
        SqlAnalysis raw = analyze("SELECT r.user_id, UPPER(r.country) AS country FROM `raw` r");
        assertThat(lineage(raw, "user_id")).containsExactly(ref("source.raw", "user_id"));
        assertThat(lineage(raw, "country")).containsExactly(ref("source.raw", "country"));

        SqlAnalysis ml = analyze("SELECT id, prediction FROM ML_PREDICT(TABLE `orders`, MODEL churn, DESCRIPTOR(amount, region))");
        assertThat(lineage(ml, "prediction")).containsExactly(AMOUNT, REGION);
        assertThat(ml.column("prediction").orElseThrow().inferred()).isFalse();
        assertThat(ml.mlModels()).singleElement().satisfies(m -> {
            assertThat(m.model()).isEqualTo("churn");
            assertThat(m.outputsKnown()).isFalse();
        });

        SqlAnalysis known = analyze("SELECT * FROM ML_PREDICT(TABLE `orders`, MODEL FraudModel, DESCRIPTOR(amount))");
        assertThat(names(known)).endsWith("fraud_score", "confidence");
        assertThat(lineage(known, "fraud_score")).containsExactly(AMOUNT);
        assertThat(known.column("fraud_score").orElseThrow().typeString()).isEqualTo("DOUBLE");
    }

    @Test
    void followsMatchRecognizeMeasures() {
        SqlAnalysis analysis = analyze("SELECT * FROM `orders` MATCH_RECOGNIZE (PARTITION BY customer_id ORDER BY ts "
                + "MEASURES FIRST(A.amount) AS start_amount, LAST(B.ts) AS end_ts, MATCH_ROWTIME() AS mt "
                + "ONE ROW PER MATCH AFTER MATCH SKIP PAST LAST ROW PATTERN (A B+) DEFINE B AS B.amount > A.amount) AS m");
        assertThat(names(analysis)).containsExactly("customer_id", "start_amount", "end_ts", "mt");
        assertThat(lineage(analysis, "start_amount")).containsExactly(AMOUNT);
        assertThat(analysis.column("start_amount").orElseThrow().typeString()).isEqualTo("DECIMAL(10, 2)");
        assertThat(analysis.column("mt").orElseThrow().typeString()).isEqualTo("TIMESTAMP(3) NOT NULL *ROWTIME*");
    }

    @Test
    void correlatedSubqueriesResolveOuterColumns() {
        SqlAnalysis analysis = analyze("SELECT o.id FROM `orders` o WHERE EXISTS "
                + "(SELECT 1 FROM `payments` p WHERE p.order_id = o.id AND p.paid > o.amount)");
        assertThat(analysis.problems()).isEmpty();
        assertThat(lineage(analysis, "id")).containsExactly(ORDER_ID);
    }
}
