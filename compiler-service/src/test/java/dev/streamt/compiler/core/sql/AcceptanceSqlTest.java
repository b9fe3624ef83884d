package dev.streamt.compiler.core.sql;

import static dev.streamt.compiler.core.sql.Fixtures.names;
import static dev.streamt.compiler.core.sql.Fixtures.ref;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.sql.analysis.InputCatalog;
import dev.streamt.compiler.core.sql.analysis.InputColumn;
import dev.streamt.compiler.core.sql.analysis.InputRelation;
import dev.streamt.compiler.core.sql.analysis.MaterializationHint.Kind;
import dev.streamt.compiler.core.sql.analysis.OutputColumn;
import dev.streamt.compiler.core.sql.analysis.ReferencedColumn;
import dev.streamt.compiler.core.sql.analysis.SqlAnalysis;
import dev.streamt.compiler.core.sql.analysis.SqlProblem;
import dev.streamt.compiler.core.sql.analysis.TableReference;
import dev.streamt.compiler.core.sql.parse.FlinkStatementCheck;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The model SQL of the compile acceptance cases (shared/acceptance/compile/*), Jinja rendered by hand: each
 * {@code {{ source("x") }}} / {@code {{ ref("x") }}} becomes {@code `x`}. Sources there declare no columns unless
 * stated.
 */
class AcceptanceSqlTest {

    private static InputRelation source(String name) {
        return InputRelation.undeclared(name, "source." + name);
    }

    private static SqlAnalysis analyze(String sql, InputRelation... inputs) {
        return SqlAnalyzer.analyze(sql, InputCatalog.of(inputs));
    }

    private static void assertErrorCodes(SqlAnalysis analysis, SqlProblem.Code... codes) {
        assertThat(analysis.problems().stream().filter(SqlProblem::isError).map(SqlProblem::code))
                .containsExactly(codes);
    }

    @Test
    void case11SqlWithoutFromIsOnlySqlNoFrom() {
        // models[const].sql: SELECT 1 AS one — ONE is reserved by Flink, the analyzer quotes it
        SqlAnalysis analysis = analyze("SELECT 1 AS one");
        assertErrorCodes(analysis, SqlProblem.Code.SQL_NO_FROM);
        assertThat(analysis.noFrom()).isTrue();
        assertThat(analysis.sql()).isEqualTo("SELECT 1 AS `one`");
        assertThat(analysis.problems(SqlProblem.Code.RESERVED_WORD_QUOTED)).singleElement()
                .satisfies(p -> assertThat(p.column()).isEqualTo(13));
        assertThat(FlinkStatementCheck.check("INSERT INTO `const` " + analysis.sql())).isEmpty();
    }

    @Test
    void groupByModelsAreUpdatingFlinkJobs() {
        // 13, 19, 21, 23, 29, 45, 49 and 53 (folded YAML line) share this model; 15 and 17 group by order_id
        for (String sql : List.of(
                "SELECT customer_id, COUNT(*) AS n FROM `orders_raw` GROUP BY customer_id",
                "SELECT customer_id, COUNT(*) AS n FROM `orders_raw` GROUP BY customer_id",
                "SELECT order_id, COUNT(*) AS n FROM `orders_raw` GROUP BY order_id")) {
            SqlAnalysis analysis = analyze(sql, source("orders_raw"));
            assertErrorCodes(analysis);
            assertThat(analysis.hint().kind()).isEqualTo(Kind.STATEFUL);
            assertThat(analysis.hint().reasons()).containsExactly("GROUP BY");
            assertThat(analysis.updating()).isTrue();
            assertThat(analysis.columns()).hasSize(2);
            assertThat(analysis.columns().get(0).typeString()).isEqualTo("STRING");
            assertThat(analysis.columns().get(0).inferred()).isFalse();
            assertThat(analysis.column("n").orElseThrow().typeString()).isEqualTo("BIGINT NOT NULL");
            assertThat(analysis.inputUsages().get(0).columns()).extracting(ReferencedColumn::name)
                    .containsExactly(analysis.columns().get(0).name());
        }
    }

    @Test
    void case25ThreeWayJoinIsAFlinkJob() {
        SqlAnalysis analysis = analyze("SELECT a.id, b.x, c.y\nFROM `a` a\nJOIN `b` b ON a.id = b.id\n"
                + "JOIN `c` c ON a.id = c.id\n", source("a"), source("b"), source("c"));
        assertErrorCodes(analysis);
        assertThat(analysis.hint().kind()).isEqualTo(Kind.STATEFUL);
        assertThat(analysis.hint().reasons()).containsExactly("JOIN");
        assertThat(analysis.tables()).extracting(TableReference::nodeId).containsExactly("source.a", "source.b",
                "source.c");
        assertThat(Fixtures.lineage(analysis, "y")).containsExactly(ref("source.c", "y"));
    }

    @Test
    void selectStarModelsArePassthroughTopics() {
        // 07 (ref to itself: cycle reported by the DAG), 09, 33, 39, 43
        SqlAnalysis analysis = analyze("SELECT * FROM `orders_raw`", source("orders_raw"));
        assertErrorCodes(analysis);
        assertThat(analysis.hint().kind()).isEqualTo(Kind.PASSTHROUGH);
        assertThat(analysis.updating()).isFalse();
        assertThat(analysis.columnsComplete()).isFalse();
        assertThat(analysis.inputUsages().get(0).allColumns()).isTrue();
    }

    @Test
    void case05FilterOnARef() {
        SqlAnalysis analysis = analyze("SELECT * FROM `model_b` WHERE x = 1",
                InputRelation.undeclared("model_b", "model.model_b"));
        assertErrorCodes(analysis);
        assertThat(analysis.hint().kind()).isEqualTo(Kind.STATELESS);
        assertThat(analysis.tables()).extracting(TableReference::nodeId).containsExactly("model.model_b");
    }

    @Test
    void case35MlPredictWithoutOutputsIsOpaque() {
        SqlAnalysis analysis = analyze("SELECT event_id, ML_PREDICT(fraud_model, amount) AS prediction FROM `events`",
                source("events"));
        assertErrorCodes(analysis);
        assertThat(analysis.hint().kind()).isEqualTo(Kind.STATEFUL);
        assertThat(analysis.hint().reasons()).containsExactly("ML_PREDICT");
        assertThat(analysis.mlModels()).singleElement().satisfies(m -> {
            assertThat(m.model()).isEqualTo("fraud_model");
            assertThat(m.outputsKnown()).isFalse();
        });
        OutputColumn prediction = analysis.column("prediction").orElseThrow();
        assertThat("`prediction` " + prediction.type().ddl()).startsWith("`prediction` ROW");
        assertThat(analysis.inputUsages().get(0).columns()).extracting(ReferencedColumn::name)
                .containsExactly("event_id", "amount");
    }

    @Test
    void case37UnusedFromSource() {
        SqlAnalysis analysis = analyze("SELECT * FROM `orders_raw`", source("orders_raw"), source("customers_raw"));
        assertThat(analysis.unusedInputs()).extracting(InputRelation::nodeId).containsExactly("source.customers_raw");
    }

    @Test
    void case41FilterIsStateless() {
        SqlAnalysis analysis = analyze("SELECT * FROM `orders_raw` WHERE region = 'EU'", source("orders_raw"));
        assertErrorCodes(analysis);
        assertThat(analysis.hint().kind()).isEqualTo(Kind.STATELESS);
        assertThat(analysis.hint().reasons()).containsExactly("WHERE filter");
        assertThat(analysis.inputUsages().get(0).columns()).extracting(ReferencedColumn::name)
                .containsExactly("region");
    }

    @Test
    void case47UntypedColumnsWithAnEventTime() {
        InputRelation events = new InputRelation("events", "source.events",
                List.of(InputColumn.untyped("id"), InputColumn.untyped("ts")), true, "ts", null, false);
        SqlAnalysis analysis = analyze("SELECT id, ts FROM `events`", events);
        assertErrorCodes(analysis);
        assertThat(analysis.hint().kind()).isEqualTo(Kind.STATELESS);
        assertThat(analysis.column("ts").orElseThrow().typeString()).isEqualTo("TIMESTAMP(3) *ROWTIME*");
        assertThat(analysis.rowtimeColumn()).map(OutputColumn::name).contains("ts");
    }

    @Test
    void seedDocumentModelsAnalyze() {
        InputRelation orders = new InputRelation("orders_clean", "model.orders_clean", Fixtures.columns(
                "order_id", "BIGINT", "customer_id", "BIGINT", "amount", "DECIMAL(12, 2)", "event_time", "TIMESTAMP(3)"),
                true, "event_time", null, false);
        SqlAnalysis hourly = analyze("SELECT\n  TUMBLE_START(event_time, INTERVAL '1' HOUR) as window_start,\n"
                + "  SUM(amount) as total_revenue,\n  COUNT(*) as order_count\nFROM `orders_clean`\n"
                + "GROUP BY TUMBLE(event_time, INTERVAL '1' HOUR)", orders);
        assertThat(hourly.hint().reasons()).containsExactly("GROUP BY", "TUMBLE window");
        assertThat(hourly.updating()).isFalse();
        assertThat(hourly.columns()).extracting(OutputColumn::typeString)
                .containsExactly("TIMESTAMP(3) NOT NULL", "DECIMAL(38, 2)", "BIGINT NOT NULL");

        InputRelation customers = InputRelation.of("customers", "source.customers",
                Fixtures.columns("id", "BIGINT", "name", "STRING", "tier", "STRING"));
        SqlAnalysis enriched = analyze("SELECT o.*, c.name as customer_name\nFROM `orders_clean` o\n"
                + "JOIN `customers` c\nON o.customer_id = c.id", orders, customers);
        assertThat(names(enriched)).containsExactly("order_id", "customer_id", "amount", "event_time",
                "customer_name");
        assertThat(enriched.updating()).isTrue();

        InputRelation transactions = InputRelation.of("transactions", "model.transactions",
                Fixtures.columns("transaction_id", "STRING", "amount", "DOUBLE", "merchant_id", "STRING"));
        SqlAnalysis fraud = SqlAnalyzer.analyze("SELECT\n  transaction_id,\n  amount,\n"
                + "  ML_PREDICT('FraudModel', amount, merchant_id) as prediction\nFROM `transactions`",
                InputCatalog.of(transactions).withMlOutputs(Map.of("FraudModel", List.of(
                        new InputColumn("fraud_score", "DOUBLE"), new InputColumn("confidence", "DOUBLE")))));
        assertThat(fraud.column("prediction").orElseThrow().typeString())
                .isEqualTo("ROW<`fraud_score` DOUBLE, `confidence` DOUBLE>");
        assertThat(fraud.mlModels().get(0).outputsKnown()).isTrue();
    }
}
