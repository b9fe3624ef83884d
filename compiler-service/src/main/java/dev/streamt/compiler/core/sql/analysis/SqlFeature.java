package dev.streamt.compiler.core.sql.analysis;

/**
 * What a query does, as detected on its parsed tree. Features that {@link #needsFlink()} make the query stateful (or,
 * for UNION ALL and table functions, impossible as a gateway filter) and so materialized as a Flink job. Immutable.
 */
public enum SqlFeature {
    GROUP_BY("GROUP BY", true),
    AGGREGATE("aggregate function", true),
    TUMBLE_WINDOW("TUMBLE window", true),
    HOP_WINDOW("HOP window", true),
    SESSION_WINDOW("SESSION window", true),
    CUMULATE_WINDOW("CUMULATE window", true),
    JOIN("JOIN", true),
    INTERVAL_JOIN("interval JOIN", true),
    WINDOW_JOIN("window JOIN", true),
    TEMPORAL_JOIN("temporal JOIN (FOR SYSTEM_TIME AS OF)", true),
    LOOKUP_JOIN("lookup JOIN (FOR SYSTEM_TIME AS OF processing time)", true),
    SUBQUERY_JOIN("subquery join (IN / EXISTS / scalar subquery)", true),
    LATERAL_TABLE("LATERAL table function", true),
    UNNEST("UNNEST", true),
    TABLE_FUNCTION("table function", true),
    DISTINCT("DISTINCT", true),
    ORDER_BY("ORDER BY", true),
    LIMIT("LIMIT / FETCH", true),
    OVER_WINDOW("OVER window", true),
    TOP_N("ranking function (Top-N / deduplication)", true),
    ML_PREDICT("ML_PREDICT", true),
    ML_EVALUATE("ML_EVALUATE", true),
    MATCH_RECOGNIZE("MATCH_RECOGNIZE", true),
    UNION("UNION", true),
    INTERSECT("INTERSECT", true),
    EXCEPT("EXCEPT", true),
    UNION_ALL("UNION ALL", true),
    WHERE("WHERE filter", false),
    PROJECTION("projection", false),
    SELECT_STAR("SELECT *", false);

    private final String label;
    private final boolean needsFlink;

    SqlFeature(String label, boolean needsFlink) {
        this.label = label;
        this.needsFlink = needsFlink;
    }

    /** A short readable name, used in {@code inferred_from}. */
    public String label() {
        return label;
    }

    /** Whether the feature needs a Flink job (stateful, or not expressible as a gateway filter). */
    public boolean needsFlink() {
        return needsFlink;
    }
}
