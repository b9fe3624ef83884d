package dev.streamt.compiler.core.sql;

import dev.streamt.compiler.core.sql.analysis.FeatureUse;
import dev.streamt.compiler.core.sql.analysis.MlModelUse;
import dev.streamt.compiler.core.sql.analysis.SqlAnalysis;
import dev.streamt.compiler.core.sql.analysis.SqlProblem;
import dev.streamt.compiler.core.sql.analysis.TableReference;
import dev.streamt.compiler.core.sql.parse.PositionMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rewrites the positions of an analysis of quoted SQL to positions in the SQL as written (only needed when
 * {@link LenientQueryParser} quoted words). RESERVED_WORD_QUOTED notes are already positioned as written. Stateless.
 */
final class Positions {

    private Positions() {
    }

    static SqlAnalysis toWritten(SqlAnalysis analysis, PositionMap map) {
        List<TableReference> tables = new ArrayList<>();
        for (TableReference t : analysis.tables()) {
            tables.add(new TableReference(t.table(), t.nodeId(), t.line(), map.originalColumn(t.line(), t.column())));
        }
        List<TableReference> unknown = new ArrayList<>();
        for (TableReference t : analysis.unknownTables()) {
            unknown.add(new TableReference(t.table(), t.nodeId(), t.line(), map.originalColumn(t.line(), t.column())));
        }
        List<FeatureUse> features = new ArrayList<>();
        for (FeatureUse f : analysis.features()) {
            features.add(new FeatureUse(f.feature(), f.line(), map.originalColumn(f.line(), f.column())));
        }
        List<MlModelUse> ml = new ArrayList<>();
        for (MlModelUse m : analysis.mlModels()) {
            ml.add(new MlModelUse(m.function(), m.model(), m.outputsKnown(), m.line(),
                    map.originalColumn(m.line(), m.column())));
        }
        List<SqlProblem> problems = new ArrayList<>();
        for (SqlProblem p : analysis.problems()) {
            int column = p.code() == SqlProblem.Code.RESERVED_WORD_QUOTED ? p.column()
                    : map.originalColumn(p.line(), p.column());
            problems.add(new SqlProblem(p.code(), p.message(), p.line(), column, p.hint()));
        }
        problems.sort(Comparator.comparingInt(SqlProblem::line).thenComparingInt(SqlProblem::column));
        return new SqlAnalysis(null, analysis.sql(), tables, unknown, features, analysis.hint(), analysis.updating(),
                analysis.updatingReasons(), analysis.columns(), analysis.columnsComplete(), analysis.inputUsages(),
                analysis.unusedInputs(), ml, problems);
    }
}
