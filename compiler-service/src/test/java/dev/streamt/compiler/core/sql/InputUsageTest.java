package dev.streamt.compiler.core.sql;

import static dev.streamt.compiler.core.sql.Fixtures.analyze;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.sql.analysis.InputCatalog;
import dev.streamt.compiler.core.sql.analysis.InputColumn;
import dev.streamt.compiler.core.sql.analysis.InputRelation;
import dev.streamt.compiler.core.sql.analysis.InputUsage;
import dev.streamt.compiler.core.sql.analysis.ReferencedColumn;
import dev.streamt.compiler.core.sql.analysis.SqlAnalysis;
import dev.streamt.compiler.core.sql.analysis.SqlProblem;
import dev.streamt.compiler.core.sql.analysis.TableReference;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables and columns read, unknown columns and tables, unused inputs. */
class InputUsageTest {

    private static InputUsage usage(SqlAnalysis analysis, String table) {
        return analysis.inputUsages().stream().filter(u -> u.input().table().equals(table)).findFirst()
                .orElseThrow(() -> new AssertionError("no usage of " + table));
    }

    @Test
    void reportsTheTablesReadInReferenceOrderAndTheUnusedInputs() {
        SqlAnalysis analysis = analyze("SELECT o.id FROM `payments` p\nJOIN `orders` o ON o.id = p.order_id");
        assertThat(analysis.tables()).extracting(TableReference::table).containsExactly("payments", "orders");
        assertThat(analysis.tables().get(1).nodeId()).isEqualTo("source.orders");
        assertThat(analysis.tables().get(1).line()).isEqualTo(2);
        assertThat(analysis.tables().get(1).column()).isEqualTo(6);
        assertThat(analysis.unusedInputs()).extracting(InputRelation::nodeId)
                .containsExactly("model.customers", "source.raw");
        assertThat(analysis.unusedInputs()).filteredOn(InputRelation::isSource).hasSize(1);
    }

    @Test
    void aSelfJoinReadsTheInputOnce() {
        SqlAnalysis analysis = analyze("SELECT a.id FROM `orders` a JOIN `orders` b ON a.id = b.customer_id");
        assertThat(analysis.tables()).extracting(TableReference::table).containsExactly("orders");
        assertThat(usage(analysis, "orders").columns()).extracting(ReferencedColumn::name)
                .containsExactly("id", "customer_id");
    }

    @Test
    void listsTheColumnsReadOfAnInputWithoutDeclaredColumnsWithDefaultedTypes() {
        InputRelation clicks = InputRelation.undeclared("clicks", "source.clicks").withEventTime("event_ts")
                .withProctime("pt");
        SqlAnalysis analysis = SqlAnalyzer.analyze("SELECT user_id, url, event_ts FROM `clicks` WHERE country = 'FR' "
                + "AND pt IS NOT NULL", InputCatalog.of(clicks));
        InputUsage usage = analysis.inputUsages().get(0);
        assertThat(usage.allColumns()).isFalse();
        // in the order Flink's clauses are read: WHERE before the select list
        assertThat(usage.columns()).extracting(ReferencedColumn::name)
                .containsExactly("country", "pt", "user_id", "url", "event_ts");
        assertThat(usage.columns()).extracting(c -> c.type().toString()).containsExactly("STRING",
                "TIMESTAMP_LTZ(3) NOT NULL *PROCTIME*", "STRING", "STRING", "TIMESTAMP(3) *ROWTIME*");
        assertThat(usage.columns()).extracting(ReferencedColumn::typeDeclared).containsOnly(false);
        assertThat(analysis.problems()).isEmpty();
    }

    @Test
    void starOverAnInputWithoutDeclaredColumnsLeavesTheOutputIncomplete() {
        SqlAnalysis analysis = analyze("SELECT *, UPPER(country) AS c FROM `raw`");
        assertThat(analysis.columnsComplete()).isFalse();
        assertThat(Fixtures.names(analysis)).containsExactly("c");
        assertThat(usage(analysis, "raw").allColumns()).isTrue();
        assertThat(usage(analysis, "raw").columns()).extracting(ReferencedColumn::name).containsExactly("country");
    }

    @Test
    void declaredInputsListTheirColumnsInDeclaredOrder() {
        SqlAnalysis analysis = analyze("SELECT region, id FROM `orders` WHERE amount > 0");
        assertThat(usage(analysis, "orders").columns()).extracting(ReferencedColumn::name)
                .containsExactly("id", "amount", "region");
        assertThat(usage(analysis, "orders").columns()).extracting(ReferencedColumn::typeDeclared).containsOnly(true);
        SqlAnalysis star = analyze("SELECT * FROM `payments`");
        assertThat(usage(star, "payments").allColumns()).isTrue();
        assertThat(usage(star, "payments").columns()).hasSize(4);
    }

    @Test
    void unknownColumnOfADeclaredInputHasPositionAndSuggestion() {
        SqlAnalysis analysis = analyze("SELECT id,\n  amout\nFROM `orders`");
        assertThat(analysis.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(SqlProblem.Code.UNKNOWN_COLUMN);
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(3);
            assertThat(p.message()).isEqualTo(
                    "Column 'amout' not found in 'orders' (source.orders). Did you mean 'amount'?");
            assertThat(p.hint()).isEqualTo("Did you mean 'amount'?");
            assertThat(p.isError()).isTrue();
        });
    }

    @Test
    void unknownQualifiedColumnsPointAtTheColumnName() {
        SqlAnalysis analysis = analyze("SELECT o.id, c.nmae FROM `orders` o JOIN `customers` c ON o.customer_id = c.id");
        assertThat(analysis.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo(16);
            assertThat(p.message()).contains("'nmae'").contains("'c' ('customers', model.customers)")
                    .contains("Did you mean 'name'?");
        });
        SqlAnalysis badAlias = analyze("SELECT x.id FROM `orders` o");
        assertThat(badAlias.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("Column 'x.id' not found"));
    }

    @Test
    void unknownColumnsOfSubqueriesAndCtesAreReportedToo() {
        SqlAnalysis analysis = analyze("WITH t AS (SELECT id FROM `orders`) SELECT id, region FROM t");
        assertThat(analysis.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(SqlProblem.Code.UNKNOWN_COLUMN);
            assertThat(p.column()).isEqualTo(48);
        });
    }

    @Test
    void columnsOfInputsWithoutDeclaredColumnsAreNeverUnknown() {
        assertThat(analyze("SELECT anything, r.else_thing FROM `raw` r").problems()).isEmpty();
    }

    @Test
    void everyProblemIsReportedInSqlOrder() {
        SqlAnalysis analysis = analyze("SELECT nope FROM `orders`\nWHERE regin = 'EU' AND amout > 1");
        assertThat(analysis.problems()).extracting(SqlProblem::line, SqlProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 8), org.assertj.core.groups.Tuple.tuple(2, 7),
                        org.assertj.core.groups.Tuple.tuple(2, 24));
    }

    @Test
    void ambiguousColumnsAreReported() {
        SqlAnalysis analysis = analyze("SELECT ts FROM `orders` o JOIN `customers` c ON o.customer_id = c.id");
        assertThat(analysis.problems(SqlProblem.Code.AMBIGUOUS_COLUMN)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("'ts'").contains("o and c"));
    }

    @Test
    void tablesThatAreNotInputsAreReportedWithASuggestion() {
        SqlAnalysis analysis = analyze("SELECT id FROM `ordres`");
        assertThat(analysis.unknownTables()).extracting(TableReference::table).containsExactly("ordres");
        assertThat(analysis.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(SqlProblem.Code.UNKNOWN_TABLE);
            assertThat(p.hint()).isEqualTo("Did you mean 'orders'?");
        });
        assertThat(analysis.noFrom()).isFalse();
        SqlAnalysis cte = analyze("WITH orders2 AS (SELECT * FROM `orders`) SELECT * FROM orders2");
        assertThat(cte.unknownTables()).isEmpty();
    }

    @Test
    void catalogValidatesItsInputs() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InputCatalog.of(Fixtures.RAW, Fixtures.RAW))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InputRelation.of("t", "source.t",
                List.of(InputColumn.untyped("a"), InputColumn.untyped("a")))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Fixtures.catalog().mlOutputsOf("fraudmodel")).hasSize(2);
        assertThat(new InputColumn("a", " ").type()).isNull();
        assertThat(SqlAnalyzer.analyze("SELECT 1 AS x", null).noFrom()).isTrue();
    }
}
