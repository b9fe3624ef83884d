package dev.streamt.compiler.core.sql;

import dev.streamt.compiler.core.sql.analysis.FeatureUse;
import dev.streamt.compiler.core.sql.analysis.MaterializationHint;
import dev.streamt.compiler.core.sql.analysis.SqlFeature;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Collects the {@link SqlFeature}s the walk meets on the parsed tree (first occurrence of each) and derives the
 * {@link MaterializationHint}: any feature that needs Flink → STATEFUL; else a pure {@code SELECT *} of one input →
 * PASSTHROUGH; else STATELESS (projection / WHERE); no table read at all → NO_FROM. Confined to one analysis.
 */
final class FeatureDetector {

    private final EnumMap<SqlFeature, FeatureUse> uses = new EnumMap<>(SqlFeature.class);

    void record(SqlFeature feature, SqlParserPos pos) {
        uses.computeIfAbsent(feature, f -> new FeatureUse(f, pos == null ? 1 : pos.getLineNum(),
                pos == null ? 1 : pos.getColumnNum()));
    }

    boolean has(SqlFeature feature) {
        return uses.containsKey(feature);
    }

    List<FeatureUse> uses() {
        return new ArrayList<>(uses.values());
    }

    /** The group-window / window-TVF feature of a window function name, or null. */
    static SqlFeature windowFeature(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "TUMBLE", "$TUMBLE" -> SqlFeature.TUMBLE_WINDOW;
            case "HOP", "$HOP" -> SqlFeature.HOP_WINDOW;
            case "SESSION", "$SESSION" -> SqlFeature.SESSION_WINDOW;
            case "CUMULATE", "$CUMULATE" -> SqlFeature.CUMULATE_WINDOW;
            default -> null;
        };
    }

    MaterializationHint hint(boolean noFrom, Relation result) {
        if (noFrom) {
            return new MaterializationHint(MaterializationHint.Kind.NO_FROM, List.of("no FROM"));
        }
        List<String> stateful = new ArrayList<>();
        for (SqlFeature feature : uses.keySet()) {
            if (feature.needsFlink()) {
                stateful.add(feature.label());
            }
        }
        if (!stateful.isEmpty()) {
            return new MaterializationHint(MaterializationHint.Kind.STATEFUL, stateful);
        }
        if (result.passthroughOf != null) {
            return new MaterializationHint(MaterializationHint.Kind.PASSTHROUGH, List.of(SqlFeature.SELECT_STAR.label()));
        }
        List<String> reasons = new ArrayList<>();
        if (has(SqlFeature.PROJECTION)) {
            reasons.add(SqlFeature.PROJECTION.label());
        }
        if (has(SqlFeature.WHERE)) {
            reasons.add(SqlFeature.WHERE.label());
        }
        if (reasons.isEmpty()) {
            reasons.add(SqlFeature.PROJECTION.label());
        }
        return new MaterializationHint(MaterializationHint.Kind.STATELESS, reasons);
    }
}
