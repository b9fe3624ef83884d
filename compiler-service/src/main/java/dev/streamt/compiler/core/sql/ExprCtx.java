package dev.streamt.compiler.core.sql;

import dev.streamt.compiler.core.sql.analysis.ColumnRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlWindow;

/**
 * What typing the expressions of one SELECT collects besides types: the lineage of the current item, aggregates,
 * OVER windows and ranking functions met, group windows, and updating reasons coming from subqueries. Confined to one
 * SELECT of one analysis.
 */
final class ExprCtx {

    /** Lineage of the expression being typed (replaced per select item). */
    Set<ColumnRef> lineage = new LinkedHashSet<>();
    /** When set, every resolved column is also added here (join conditions, GROUP BY keys). */
    List<Resolved> touched;
    /** Whether the SELECT has a GROUP BY (aggregates of an empty group are nullable without it). */
    final boolean grouped;
    SqlNode firstAggregate;
    SqlNode firstOver;
    SqlNode firstRanking;
    /** Whether every ranking function met is partitioned by window_start and window_end (window Top-N). */
    boolean rankingWindowed = true;
    /** Whether every ranking function met is ordered by processing time ascending (deduplication keep-first). */
    boolean rankingProctimeFirst = true;
    boolean groupWindow;
    final List<String> updatingReasons = new ArrayList<>();
    /** Depth of OVER calls being typed: aggregates inside are not group aggregates. */
    int overDepth;
    /** The SELECT's WINDOW clause, by name, or null. */
    Map<String, SqlWindow> namedWindows;

    ExprCtx(boolean grouped) {
        this.grouped = grouped;
    }

    /** Starts the lineage of a new item. */
    Set<ColumnRef> newItem() {
        lineage = new LinkedHashSet<>();
        return lineage;
    }
}
