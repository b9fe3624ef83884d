package dev.streamt.compiler.core.artifacts;

import dev.streamt.compiler.core.jinja.JinjaRenderer;
import dev.streamt.compiler.core.jinja.RenderResult;
import dev.streamt.compiler.core.jinja.TemplateReference;
import dev.streamt.compiler.core.project.Assertion;
import dev.streamt.compiler.core.sql.SqlAnalyzer;
import dev.streamt.compiler.core.sql.analysis.InputCatalog;
import dev.streamt.compiler.core.sql.analysis.InputColumn;
import dev.streamt.compiler.core.sql.analysis.InputRelation;
import dev.streamt.compiler.core.sql.analysis.OutputColumn;
import dev.streamt.compiler.core.sql.analysis.SqlAnalysis;
import dev.streamt.compiler.core.sql.analysis.SqlProblem;
import dev.streamt.compiler.core.sql.types.FlinkType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A {@code custom_sql} assertion of a continuous test. Its SQL (Jinja rendered like a model's) is a query whose rows
 * are violations: with {@code expect} absent, 0, false or empty, every row it returns is one (the query selects the
 * bad rows); with another {@code expect} and a one-column query, every row whose value is distinct from
 * {@code expect}. The query must be append-only: an updating query (a non-windowed aggregate, a regular join) has no
 * final rows to report and is not compiled; neither is a query that does not render or analyse cleanly (the schema
 * test reports that). Thread-safe: the shared renderer is thread-safe.
 */
final class CustomSqlCheck {

    /** The alias of the custom query in the violation query. */
    static final String ALIAS = "streamt_custom";

    private static final class Renderer {
        static final JinjaRenderer INSTANCE = new JinjaRenderer();
    }

    /**
     * A compiled custom query: its analysis and the inputs it reads (to declare in the job).
     *
     * @param analysis the query's analysis
     * @param inputs the inputs it reads, with their tables
     * @param violation its violation query
     */
    record Compiled(SqlAnalysis analysis, List<ModelInputs.Input> inputs, Violation violation) {
        Compiled {
            Objects.requireNonNull(analysis, "analysis");
            inputs = List.copyOf(inputs);
            Objects.requireNonNull(violation, "violation");
        }
    }

    private CustomSqlCheck() {
    }

    /** The compiled check, or null when the query cannot run continuously. */
    static Compiled compile(Assertion.CustomSql custom, Map<String, Object> vars,
            Function<String, KafkaTable> catalog, KafkaConnection connection) {
        if (custom.sql() == null) {
            return null;
        }
        RenderResult rendered = Renderer.INSTANCE.render(custom.sql().text(), vars);
        if (!rendered.ok()) {
            return null;
        }
        Map<String, InputRelation> relations = new LinkedHashMap<>();
        for (TemplateReference reference : rendered.references()) {
            if (reference.project() != null) {
                return null;
            }
            String node = (reference.kind() == TemplateReference.Kind.SOURCE ? "source." : "model.") + reference.name();
            KafkaTable table = catalog.apply(node);
            if (table == null) {
                return null;
            }
            relations.putIfAbsent(reference.name(), relation(reference.name(), node, table));
        }
        SqlAnalysis analysis = SqlAnalyzer.analyze(rendered.output(), new InputCatalog(relations, Map.of()));
        if (!analysis.parsed() || analysis.updating() || analysis.columns().isEmpty()
                || analysis.problems().stream().anyMatch(SqlProblem::isError)) {
            return null;
        }
        List<ModelInputs.Input> inputs = ModelInputs.resolve(new ArrayList<>(relations.values()), analysis, catalog,
                connection);
        return new Compiled(analysis, inputs, violation(custom.expect(), analysis));
    }

    private static InputRelation relation(String name, String node, KafkaTable table) {
        List<InputColumn> columns = new ArrayList<>(table.columns().size());
        String proctime = null;
        for (TableColumn column : table.columns()) {
            if (column.proctime()) {
                proctime = column.name();
                columns.add(InputColumn.untyped(column.name()));
            } else {
                columns.add(new InputColumn(column.name(), column.type().ddl()));
            }
        }
        return new InputRelation(name, node, columns, table.columnsKnown(),
                table.watermark() == null ? null : table.watermark().column(), proctime, table.upsert());
    }

    private static Violation violation(Object expect, SqlAnalysis analysis) {
        String alias = Sql.ident(ALIAS);
        String from = "(\n" + analysis.sql() + "\n) AS " + alias;
        List<String> pairs = new ArrayList<>(analysis.columns().size());
        for (OutputColumn column : analysis.columns()) {
            pairs.add("KEY " + Sql.literal(column.name()) + " VALUE "
                    + TestTable.jsonValue(alias + "." + Sql.ident(column.name()), column.type()));
        }
        String rowJson = TestTable.jsonObject(pairs);
        if (expectsNoRows(expect) || analysis.columns().size() != 1) {
            return Violation.rows("custom_sql", Sql.string("custom query returned a row"), rowJson, from, null);
        }
        OutputColumn column = analysis.columns().get(0);
        String value = alias + "." + Sql.ident(column.name());
        String condition;
        if (expect instanceof Number number && column.type().isNumeric()) {
            condition = value + " IS DISTINCT FROM " + new BigDecimal(number.toString()).toPlainString();
        } else if (expect instanceof Boolean bool && column.type().root() == FlinkType.Root.BOOLEAN) {
            condition = value + " IS DISTINCT FROM " + (bool ? "TRUE" : "FALSE");
        } else {
            condition = "CAST(" + value + " AS STRING) IS DISTINCT FROM " + Sql.literal(String.valueOf(expect));
        }
        return Violation.rows("custom_sql", Sql.string("custom query returned a value other than " + expect), rowJson,
                from, condition);
    }

    /** Whether {@code expect} means "no rows": absent, 0, false, empty text or an empty list. */
    static boolean expectsNoRows(Object expect) {
        if (expect == null || Boolean.FALSE.equals(expect)) {
            return true;
        }
        if (expect instanceof Number number) {
            return new BigDecimal(number.toString()).signum() == 0;
        }
        if (expect instanceof String text) {
            return text.isBlank();
        }
        return expect instanceof List<?> list && list.isEmpty();
    }
}
