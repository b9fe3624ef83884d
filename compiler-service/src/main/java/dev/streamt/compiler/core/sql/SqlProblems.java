package dev.streamt.compiler.core.sql;

import dev.streamt.compiler.core.sql.analysis.SqlProblem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.calcite.sql.parser.SqlParserPos;

/** Collects the problems of one analysis, with positions and "did you mean" hints. Confined to one analysis. */
final class SqlProblems {

    private final List<SqlProblem> problems = new ArrayList<>();

    void unknownColumn(String column, String where, Collection<String> candidates, SqlParserPos pos) {
        String suggestion = Names.closest(column, candidates);
        String hint = suggestion == null ? null : "Did you mean '" + suggestion + "'?";
        String message = "Column '" + column + "' not found in " + where + "." + (hint == null ? "" : " " + hint);
        add(SqlProblem.Code.UNKNOWN_COLUMN, message, pos, hint);
    }

    void unknownTable(String table, Collection<String> known, SqlParserPos pos) {
        String suggestion = Names.closest(table, known);
        String hint = suggestion == null
                ? "Reference inputs with {{ source(\"name\") }} or {{ ref(\"name\") }}."
                : "Did you mean '" + suggestion + "'?";
        add(SqlProblem.Code.UNKNOWN_TABLE, "Table '" + table + "' is not an input of this model."
                + (suggestion == null ? "" : " " + hint), pos, hint);
    }

    void ambiguousColumn(String column, List<String> tables, SqlParserPos pos) {
        add(SqlProblem.Code.AMBIGUOUS_COLUMN, "Column '" + column + "' is ambiguous: it is a column of "
                + String.join(" and ", tables) + ".", pos, "Qualify it, like " + tables.get(0) + "." + column + ".");
    }

    void noFrom(SqlParserPos pos) {
        add(SqlProblem.Code.SQL_NO_FROM, "The query reads no table: a model's SQL needs a FROM clause with "
                + "{{ source(...) }} or {{ ref(...) }}.", pos, null);
    }

    void reservedWordQuoted(String word, int line, int column) {
        problems.add(new SqlProblem(SqlProblem.Code.RESERVED_WORD_QUOTED, "'" + word + "' is a reserved word in "
                + "Flink SQL; it is quoted as `" + word + "` in the generated job.", line, column,
                "Write `" + word + "`."));
    }

    private void add(SqlProblem.Code code, String message, SqlParserPos pos, String hint) {
        problems.add(new SqlProblem(code, message, pos == null ? 1 : pos.getLineNum(),
                pos == null ? 1 : pos.getColumnNum(), hint));
    }

    /** The problems in SQL order (line, column), stable for ties. */
    List<SqlProblem> sorted() {
        List<SqlProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(SqlProblem::line).thenComparingInt(SqlProblem::column));
        return sorted;
    }
}
