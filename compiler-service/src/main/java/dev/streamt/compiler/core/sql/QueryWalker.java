package dev.streamt.compiler.core.sql;

import dev.streamt.compiler.core.sql.analysis.ColumnRef;
import dev.streamt.compiler.core.sql.analysis.InputRelation;
import dev.streamt.compiler.core.sql.analysis.SqlFeature;
import dev.streamt.compiler.core.sql.types.FlinkType;
import dev.streamt.compiler.core.sql.types.TypeRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlSetOperator;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.SqlWithItem;

/**
 * Walks a query tree once, computing the {@link Relation} of every query node: SELECT (via {@link SelectWalker}),
 * ORDER BY / LIMIT, WITH (CTEs visible to later items and the body), UNION / INTERSECT / EXCEPT (names of the first
 * branch, common types, lineage of all branches) and VALUES. Subqueries in FROM and in expressions come back here, so
 * each node is visited exactly once. Confined to one analysis.
 */
final class QueryWalker {

    /** CTEs in scope, innermost first. */
    private record Ctes(String name, Relation relation, Ctes next) {
        Relation find(String wanted) {
            for (Ctes c = this; c != null; c = c.next) {
                if (c.name.equals(wanted)) {
                    return c.relation;
                }
            }
            return null;
        }
    }

    private final AnalysisState state;
    final ExpressionTyper typer;
    private final SelectWalker selects;
    private Ctes ctes;

    QueryWalker(AnalysisState state) {
        this.state = state;
        this.typer = new ExpressionTyper(state, this);
        this.selects = new SelectWalker(state, this, typer);
    }

    /** The relation of a query; {@code outer} is the enclosing scope (correlation), or null. */
    Relation query(SqlNode node, Scope outer) {
        switch (node.getKind()) {
            case SELECT:
                return selects.select((SqlSelect) node, outer, null);
            case ORDER_BY:
                return orderBy((SqlOrderBy) node, outer);
            case WITH:
                return with((SqlWith) node, outer);
            case UNION:
            case INTERSECT:
            case EXCEPT:
                return setOperation((SqlCall) node, outer);
            case VALUES:
                return values((SqlCall) node, outer);
            case EXPLICIT_TABLE:
                return selects.from().tableRelation(((SqlCall) node).operand(0));
            default:
                typer.type(node, outer == null ? new Scope(null) : outer, new ExprCtx(false));
                return Relation.of(List.of(), List.of());
        }
    }

    /** The CTE of that name in scope, or null. */
    Relation cte(String name) {
        return ctes == null ? null : ctes.find(name);
    }

    private Relation orderBy(SqlOrderBy orderBy, Scope outer) {
        if (orderBy.query.getKind() == SqlKind.SELECT) {
            return selects.select((SqlSelect) orderBy.query, outer, orderBy);
        }
        Relation relation = query(orderBy.query, outer);
        Scope scope = new Scope(outer);
        scope.entries.add(new Scope.Entry("EXPR$0", relation, false, null, orderBy.getParserPosition()));
        List<String> updating = new ArrayList<>(relation.updatingReasons);
        recordOrder(orderBy.orderList, orderBy.offset, orderBy.fetch, updating);
        ExprCtx ctx = new ExprCtx(false);
        for (SqlNode item : orderBy.orderList) {
            SqlNode value = SelectWalker.stripOrdering(item);
            if (!(value instanceof SqlIdentifier) || relation.column(((SqlIdentifier) value).getSimple()) == null) {
                typer.type(value, scope, ctx);
            }
        }
        return new Relation(relation.columns, relation.openInputs, relation.opaque, relation.opaqueLineage,
                dedupe(updating), null);
    }

    /** Records ORDER BY / LIMIT features; ORDER BY with LIMIT is a Top-N (updating). */
    void recordOrder(SqlNodeList orderList, SqlNode offset, SqlNode fetch, List<String> updating) {
        boolean ordered = orderList != null && !orderList.isEmpty();
        if (ordered) {
            state.features.record(SqlFeature.ORDER_BY, orderList.getParserPosition());
        }
        if (fetch != null || offset != null) {
            state.features.record(SqlFeature.LIMIT, (fetch != null ? fetch : offset).getParserPosition());
            if (ordered) {
                updating.add("ORDER BY with LIMIT (Top-N)");
            }
        }
    }

    private Relation with(SqlWith with, Scope outer) {
        Ctes saved = ctes;
        try {
            for (SqlNode node : with.withList) {
                SqlWithItem item = (SqlWithItem) node;
                Relation relation = query(item.query, outer);
                if (item.columnList != null && !item.columnList.isEmpty()) {
                    relation = renamed(relation, item.columnList);
                }
                ctes = new Ctes(item.name.getSimple(), relation, ctes);
            }
            return query(with.body, outer);
        } finally {
            ctes = saved;
        }
    }

    /** The relation with its first columns renamed by an alias list ({@code x(a, b)}); no longer a passthrough. */
    static Relation renamed(Relation relation, SqlNodeList names) {
        List<RelColumn> columns = new ArrayList<>(relation.columns.size());
        for (int i = 0; i < relation.columns.size(); i++) {
            RelColumn column = relation.columns.get(i);
            columns.add(i < names.size() ? column.renamed(((SqlIdentifier) names.get(i)).getSimple()) : column);
        }
        return new Relation(columns, relation.openInputs, relation.opaque, relation.opaqueLineage,
                relation.updatingReasons, null);
    }

    private Relation setOperation(SqlCall call, Scope outer) {
        Relation left = query(call.operand(0), outer);
        Relation right = query(call.operand(1), outer);
        boolean all = call.getOperator() instanceof SqlSetOperator set && set.isAll();
        SqlKind kind = call.getKind();
        SqlFeature feature = kind == SqlKind.UNION ? (all ? SqlFeature.UNION_ALL : SqlFeature.UNION)
                : kind == SqlKind.INTERSECT ? SqlFeature.INTERSECT : SqlFeature.EXCEPT;
        state.features.record(feature, call.getParserPosition());
        List<String> updating = new ArrayList<>(left.updatingReasons);
        updating.addAll(right.updatingReasons);
        if (feature != SqlFeature.UNION_ALL) {
            updating.add(feature.label() + (all ? " ALL" : "") + " (deduplicating set operation)");
        }
        List<RelColumn> columns = new ArrayList<>(left.columns.size());
        int count = Math.min(left.columns.size(), right.columns.size());
        for (int i = 0; i < count; i++) {
            columns.add(merge(left.columns.get(i), right.columns.get(i)));
        }
        if (left.columns.size() != right.columns.size() && !left.isOpen() && !right.isOpen()) {
            for (int i = count; i < left.columns.size(); i++) {
                columns.add(left.columns.get(i));
            }
        }
        List<InputRelation> open = new ArrayList<>(left.openInputs);
        open.addAll(right.openInputs);
        List<ColumnRef> opaqueLineage = new ArrayList<>(left.opaqueLineage);
        opaqueLineage.addAll(right.opaqueLineage);
        return new Relation(columns, open, left.opaque || right.opaque, opaqueLineage, dedupe(updating), null);
    }

    private static RelColumn merge(RelColumn left, RelColumn right) {
        FlinkType common = TypeRules.commonType(left.type(), right.type());
        Set<ColumnRef> lineage = new LinkedHashSet<>(left.lineage());
        lineage.addAll(right.lineage());
        boolean inferred = common != null && left.inferred() && right.inferred();
        RelColumn.WindowProperty window = left.window() == right.window() ? left.window()
                : RelColumn.WindowProperty.NONE;
        return new RelColumn(left.name(), common == null ? FlinkType.STRING : common, inferred,
                new ArrayList<>(lineage), window);
    }

    private Relation values(SqlCall values, Scope outer) {
        Scope scope = outer == null ? new Scope(null) : outer;
        List<List<Typed>> rows = new ArrayList<>();
        int width = Integer.MAX_VALUE;
        for (SqlNode row : values.getOperandList()) {
            List<Typed> typed = new ArrayList<>();
            ExprCtx ctx = new ExprCtx(false);
            if (row instanceof SqlCall rowCall && row.getKind() == SqlKind.ROW) {
                for (SqlNode value : rowCall.getOperandList()) {
                    typed.add(typer.type(value, scope, ctx));
                }
            } else {
                typed.add(typer.type(row, scope, ctx));
            }
            width = Math.min(width, typed.size());
            rows.add(typed);
        }
        List<RelColumn> columns = new ArrayList<>();
        for (int i = 0; i < (rows.isEmpty() ? 0 : width); i++) {
            List<FlinkType> types = new ArrayList<>(rows.size());
            boolean inferred = true;
            for (List<Typed> row : rows) {
                types.add(row.get(i).type());
                inferred &= row.get(i).inferred();
            }
            FlinkType common = TypeRules.commonType(types);
            columns.add(new RelColumn("EXPR$" + i, common == null ? FlinkType.STRING : common,
                    inferred && common != null, List.of(), RelColumn.WindowProperty.NONE));
        }
        return Relation.of(columns, List.of());
    }

    static List<String> dedupe(List<String> reasons) {
        return new ArrayList<>(new LinkedHashSet<>(reasons));
    }
}
