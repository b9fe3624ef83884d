package dev.streamt.compiler.core;

import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.compiler.core.project.SqlText;
import dev.streamt.compiler.core.sql.analysis.SqlAnalysis;
import dev.streamt.compiler.core.sql.analysis.SqlProblem;
import dev.streamt.contracts.diagnostics.DiagnosticCode;

/** Reports the problems of a model's SQL at their place in the YAML file. Pure. */
final class SqlFindings {

    private SqlFindings() {
    }

    /**
     * @param unresolved tables rendered from source()/ref() calls that named nothing: already reported as
     *                   SOURCE_NOT_FOUND / MODEL_NOT_FOUND at the call, so not again as unknown tables
     */
    static void report(SqlAnalysis analysis, ModelDefinition model, java.util.Set<String> unresolved,
            Findings findings) {
        SqlText sql = model.sql();
        java.util.Set<String> alreadyReported = new java.util.HashSet<>();
        for (var table : analysis.unknownTables()) {
            if (unresolved.contains(table.table())) {
                alreadyReported.add(table.line() + ":" + table.column());
            }
        }
        for (SqlProblem problem : analysis.problems()) {
            DiagnosticCode code = code(problem.code());
            boolean duplicate = problem.code() == SqlProblem.Code.UNKNOWN_TABLE
                    && alreadyReported.contains(problem.line() + ":" + problem.column());
            if (code != null && !duplicate) {
                findings.add(sql.positionOf(problem.line(), problem.column()).diagnostic(code,
                        "Model '" + model.name() + "': " + problem.message(), problem.hint()));
            }
        }
    }

    /** The diagnostic code of an SQL problem; null for the informational ones. */
    static DiagnosticCode code(SqlProblem.Code code) {
        switch (code) {
            case SQL_SYNTAX_ERROR:
            case AMBIGUOUS_COLUMN:
                // Flink rejects an ambiguous column at submission: report it as the syntax-level error it becomes.
                return DiagnosticCode.SQL_SYNTAX_ERROR;
            case SQL_NO_FROM:
                return DiagnosticCode.SQL_NO_FROM;
            case UNKNOWN_COLUMN:
                return DiagnosticCode.UNKNOWN_COLUMN;
            case UNKNOWN_TABLE:
                // A table written by hand instead of source()/ref(): nothing declares it.
                return DiagnosticCode.SOURCE_NOT_FOUND;
            default:
                return null;
        }
    }
}
