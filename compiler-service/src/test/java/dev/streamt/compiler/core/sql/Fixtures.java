package dev.streamt.compiler.core.sql;

import dev.streamt.compiler.core.sql.analysis.ColumnRef;
import dev.streamt.compiler.core.sql.analysis.InputCatalog;
import dev.streamt.compiler.core.sql.analysis.InputColumn;
import dev.streamt.compiler.core.sql.analysis.InputRelation;
import dev.streamt.compiler.core.sql.analysis.SqlAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Inputs shared by the analyzer tests: a few sources and models with declared, untyped and undeclared columns. */
public final class Fixtures {

    /** source.orders: typed columns, event time {@code ts}, processing time {@code proc}. */
    static final InputRelation ORDERS = new InputRelation("orders", "source.orders", columns(
            "id", "BIGINT", "customer_id", "INT", "amount", "DECIMAL(10, 2)", "region", "STRING", "ts", "TIMESTAMP(3)",
            "tags", "ARRAY<STRING>", "payload", "ROW<`sku` STRING, `qty` INT>", "attrs", "MAP<STRING, INT>"),
            true, "ts", "proc", false);
    /** model.customers: an updating model (upsert topic), event time {@code ts}. */
    static final InputRelation CUSTOMERS = new InputRelation("customers", "model.customers", columns(
            "id", "INT NOT NULL", "name", "STRING", "tier", "STRING", "ts", "TIMESTAMP(3)"), true, "ts", null, true);
    /** source.payments: append-only, event time {@code pay_ts}. */
    static final InputRelation PAYMENTS = new InputRelation("payments", "source.payments", columns(
            "payment_id", "BIGINT", "order_id", "BIGINT", "paid", "DOUBLE", "pay_ts", "TIMESTAMP(3)"), true, "pay_ts",
            null, false);
    /** source.raw: columns not declared. */
    static final InputRelation RAW = InputRelation.undeclared("raw", "source.raw");

    private Fixtures() {
    }

    static InputCatalog catalog() {
        return InputCatalog.of(ORDERS, CUSTOMERS, PAYMENTS, RAW)
                .withMlOutputs(Map.of("FraudModel", List.of(new InputColumn("fraud_score", "DOUBLE"),
                        new InputColumn("confidence", "DOUBLE"))));
    }

    public static SqlAnalysis analyze(String sql) {
        return SqlAnalyzer.analyze(sql, catalog());
    }

    /** Name/type pairs. */
    static List<InputColumn> columns(String... nameTypes) {
        List<InputColumn> columns = new ArrayList<>();
        for (int i = 0; i < nameTypes.length; i += 2) {
            columns.add(new InputColumn(nameTypes[i], nameTypes[i + 1]));
        }
        return columns;
    }

    /** The Flink type string of an output column. */
    static String type(SqlAnalysis analysis, String column) {
        return analysis.column(column).orElseThrow(() -> new AssertionError("no column " + column + " in "
                + analysis.columns())).typeString();
    }

    static List<String> names(SqlAnalysis analysis) {
        List<String> names = new ArrayList<>();
        analysis.columns().forEach(c -> names.add(c.name()));
        return names;
    }

    static List<ColumnRef> lineage(SqlAnalysis analysis, String column) {
        return analysis.column(column).orElseThrow().lineage();
    }

    static ColumnRef ref(String node, String column) {
        return new ColumnRef(node, column);
    }
}
