package dev.streamt.compiler.core.sql;

import dev.streamt.compiler.core.sql.analysis.InputCatalog;
import dev.streamt.compiler.core.sql.analysis.OutputColumn;
import dev.streamt.compiler.core.sql.analysis.SqlAnalysis;
import dev.streamt.compiler.core.sql.parse.LenientQueryParser;
import dev.streamt.compiler.core.sql.parse.SyntaxErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Analyzes one model's rendered SQL against the schemas of its inputs, with one parse and one walk of the tree:
 * tables read, stateful features and the materialization hint, the changelog kind (updating), output columns with
 * inferred Flink types and column-level lineage, the input columns read, unknown columns / tables, unused inputs and
 * ML model calls. See {@link SqlAnalysis}.
 *
 * <p>Words Flink reserves beyond standard SQL, written as identifiers ({@code SELECT 1 AS one}), are quoted and the
 * SQL parsed again (a RESERVED_WORD_QUOTED note; {@link SqlAnalysis#sql()} is then the quoted SQL). All positions
 * refer to the SQL as written.
 *
 * <p>Thread-safe: every call owns its state; nothing is shared but immutable configuration and a concurrent cache of
 * parsed type strings.
 */
public final class SqlAnalyzer {

    private SqlAnalyzer() {
    }

    /**
     * Analyzes rendered SQL (Jinja already applied: {@code source()} / {@code ref()} became backticked table names).
     *
     * @param renderedSql the model's SQL, one query
     * @param inputs the inputs the SQL may read and the ML model outputs it may use
     * @return the analysis; a SQL that does not parse yields an analysis with only {@link SqlAnalysis#syntaxError()}
     */
    public static SqlAnalysis analyze(String renderedSql, InputCatalog inputs) {
        InputCatalog catalog = inputs == null ? new InputCatalog(Map.of(), Map.of()) : inputs;
        LenientQueryParser.Outcome parsed = LenientQueryParser.parse(renderedSql);
        if (parsed.error() != null) {
            return SqlAnalysis.ofSyntaxError(parsed.error(), parsed.sql());
        }
        AnalysisState state = new AnalysisState(catalog);
        Relation result;
        try {
            result = new QueryWalker(state).query(parsed.query(), null);
        } catch (StackOverflowError e) {
            return SqlAnalysis.ofSyntaxError(SyntaxErrors.tooDeep(), parsed.sql());
        }
        boolean noFrom = !state.usage.hasTables();
        if (noFrom) {
            state.problems.noFrom(parsed.query().getParserPosition());
        }
        for (SyntaxErrors.ReservedWord word : parsed.quoted()) {
            state.problems.reservedWordQuoted(word.word(), word.line(), word.column());
        }
        List<OutputColumn> columns = new ArrayList<>(result.columns.size());
        for (RelColumn column : result.columns) {
            columns.add(new OutputColumn(column.name(), column.type(), column.inferred(), column.lineage()));
        }
        SqlAnalysis analysis = new SqlAnalysis(null, parsed.sql(), state.usage.tables(), state.usage.unknownTables(),
                state.features.uses(), state.features.hint(noFrom, result), result.updating(),
                result.updatingReasons, columns, !result.isOpen(), state.usage.usages(), state.usage.unusedInputs(),
                state.mlUses, state.problems.sorted());
        return parsed.positions().isEmpty() ? analysis : Positions.toWritten(analysis, parsed.positions());
    }
}
