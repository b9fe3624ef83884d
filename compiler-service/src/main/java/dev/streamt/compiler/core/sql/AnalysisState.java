package dev.streamt.compiler.core.sql;

import dev.streamt.compiler.core.sql.analysis.InputCatalog;
import dev.streamt.compiler.core.sql.analysis.InputRelation;
import dev.streamt.compiler.core.sql.analysis.MlModelUse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The mutable state of one {@link SqlAnalyzer#analyze} call: collectors and the per-input relation cache. */
final class AnalysisState {

    final InputCatalog catalog;
    final InputUsageCollector usage;
    final SqlProblems problems = new SqlProblems();
    final FeatureDetector features = new FeatureDetector();
    final ColumnResolver resolver;
    final List<MlModelUse> mlUses = new ArrayList<>();
    private final Map<String, Relation> inputRelations = new HashMap<>();

    AnalysisState(InputCatalog catalog) {
        this.catalog = catalog;
        this.usage = new InputUsageCollector(catalog);
        this.resolver = new ColumnResolver(usage, problems);
    }

    /** The relation of a catalog input, built once per analysis. */
    Relation inputRelation(InputRelation input) {
        return inputRelations.computeIfAbsent(input.table(), name -> Inputs.relationOf(input));
    }
}
