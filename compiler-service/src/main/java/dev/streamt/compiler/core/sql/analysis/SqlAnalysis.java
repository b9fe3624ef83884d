package dev.streamt.compiler.core.sql.analysis;

import dev.streamt.compiler.core.sql.parse.SqlSyntaxError;
import dev.streamt.compiler.core.sql.types.FlinkType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything {@link SqlAnalyzer} learns from one model's rendered SQL. When {@link #syntaxError()} is set, nothing
 * else is (all lists empty, no hint). Immutable and thread-safe.
 *
 * @param syntaxError the syntax error, or null when the SQL parses
 * @param sql the SQL as analyzed, to use in the generated Flink job: the rendered SQL, with words that Flink reserves
 *     beyond standard SQL quoted where they were written as identifiers (see
 *     {@link SqlProblem.Code#RESERVED_WORD_QUOTED})
 * @param tables the catalog inputs the query reads, in first-reference order
 * @param unknownTables tables the query names that are neither catalog inputs nor CTEs
 * @param features what the query does, first occurrence of each, in {@link SqlFeature} order
 * @param hint the materialization the SQL calls for, with its reasons
 * @param updating whether the result is a changelog with updates (the sink must be upsert-kafka with a key)
 * @param updatingReasons why it is updating (empty when not)
 * @param columns the output columns in order
 * @param columnsComplete false when a {@code *} expands an input whose columns were not declared: the output then has
 *     further columns, unknown at compile time, where the {@code *} stands
 * @param inputUsages for every input read, the columns read
 * @param unusedInputs catalog inputs the SQL never reads (UNUSED_FROM_SOURCE / UNUSED_FROM_REF)
 * @param mlModels ML_PREDICT / ML_EVALUATE calls
 * @param problems SQL_SYNTAX_ERROR, SQL_NO_FROM, UNKNOWN_COLUMN, UNKNOWN_TABLE, AMBIGUOUS_COLUMN and the
 *     informational RESERVED_WORD_QUOTED, in SQL order
 */
public record SqlAnalysis(SqlSyntaxError syntaxError, String sql, List<TableReference> tables, List<TableReference> unknownTables,
        List<FeatureUse> features, MaterializationHint hint, boolean updating, List<String> updatingReasons,
        List<OutputColumn> columns, boolean columnsComplete, List<InputUsage> inputUsages,
        List<InputRelation> unusedInputs, List<MlModelUse> mlModels, List<SqlProblem> problems) {

    public SqlAnalysis {
        sql = sql == null ? "" : sql;
        tables = List.copyOf(tables);
        unknownTables = List.copyOf(unknownTables);
        features = List.copyOf(features);
        updatingReasons = List.copyOf(updatingReasons);
        columns = List.copyOf(columns);
        inputUsages = List.copyOf(inputUsages);
        unusedInputs = List.copyOf(unusedInputs);
        mlModels = List.copyOf(mlModels);
        problems = List.copyOf(problems);
        if (syntaxError != null && (hint != null || !tables.isEmpty() || !columns.isEmpty() || !features.isEmpty())) {
            throw new IllegalArgumentException("an analysis with a syntax error carries nothing else");
        }
        if (syntaxError == null && hint == null) {
            throw new IllegalArgumentException("an analysis of valid SQL has a materialization hint");
        }
        if (updating != !updatingReasons.isEmpty()) {
            throw new IllegalArgumentException("updating iff there are updating reasons");
        }
    }

    /** The analysis of SQL that does not parse. */
    public static SqlAnalysis ofSyntaxError(SqlSyntaxError error, String sql) {
        SqlProblem problem = new SqlProblem(SqlProblem.Code.SQL_SYNTAX_ERROR, error.message(), error.line(),
                error.column(), null);
        return new SqlAnalysis(error, sql, List.of(), List.of(), List.of(), null, false, List.of(), List.of(), true,
                List.of(), List.of(), List.of(), List.of(problem));
    }

    /** Whether the SQL parsed. */
    public boolean parsed() {
        return syntaxError == null;
    }

    /** Whether the query uses the feature. */
    public boolean has(SqlFeature feature) {
        for (FeatureUse use : features) {
            if (use.feature() == feature) {
                return true;
            }
        }
        return false;
    }

    /** The problems of one kind. */
    public List<SqlProblem> problems(SqlProblem.Code code) {
        List<SqlProblem> found = new ArrayList<>();
        for (SqlProblem problem : problems) {
            if (problem.code() == code) {
                found.add(problem);
            }
        }
        return found;
    }

    /** Whether the query reads no table at all (SQL_NO_FROM). */
    public boolean noFrom() {
        return hint != null && hint.kind() == MaterializationHint.Kind.NO_FROM;
    }

    /** Whether the query is {@code SELECT *} of exactly one input without WHERE. */
    public boolean passthrough() {
        return hint != null && hint.kind() == MaterializationHint.Kind.PASSTHROUGH;
    }

    /** Whether the query filters rows with a WHERE clause (anywhere). */
    public boolean hasWhere() {
        return has(SqlFeature.WHERE);
    }

    /** The output column of that name. */
    public Optional<OutputColumn> column(String name) {
        for (OutputColumn column : columns) {
            if (column.name().equals(name)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** The output column that is an event-time attribute, when there is exactly one. */
    public Optional<OutputColumn> rowtimeColumn() {
        OutputColumn found = null;
        for (OutputColumn column : columns) {
            if (column.type().timeAttribute() == FlinkType.TimeAttribute.ROWTIME) {
                if (found != null) {
                    return Optional.empty();
                }
                found = column;
            }
        }
        return Optional.ofNullable(found);
    }
}
