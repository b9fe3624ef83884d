package dev.streamt.compiler.core.sql;

import dev.streamt.compiler.core.sql.analysis.ColumnRef;
import dev.streamt.compiler.core.sql.analysis.InputRelation;
import dev.streamt.compiler.core.sql.analysis.SqlFeature;
import dev.streamt.compiler.core.sql.types.FlinkType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWindow;

/**
 * One SELECT, in Flink's clause order: FROM (scope, joins), WHERE (also classifying comma joins), GROUP BY (group
 * windows, window-TVF keys), the select list (star expansion, derived names, types and lineage), HAVING, QUALIFY,
 * ORDER BY. Decides the SELECT's stateful features, changelog kind (updating reasons) and whether it is a pure
 * passthrough. Confined to one analysis.
 */
final class SelectWalker {

    private final AnalysisState state;
    private final QueryWalker walker;
    private final ExpressionTyper typer;
    private final FromResolver from;

    SelectWalker(AnalysisState state, QueryWalker walker, ExpressionTyper typer) {
        this.state = state;
        this.walker = walker;
        this.typer = typer;
        this.from = new FromResolver(state, walker, typer);
    }

    FromResolver from() {
        return from;
    }

    Relation select(SqlSelect select, Scope outer, SqlOrderBy orderBy) {
        FromResolver.Result fromResult = select.getFrom() == null ? FromResolver.Result.empty(outer)
                : from.resolve(select.getFrom(), outer);
        Scope scope = fromResult.scope;
        boolean grouped = select.getGroup() != null && !select.getGroup().isEmpty();
        ExprCtx ctx = new ExprCtx(grouped);
        ctx.namedWindows = namedWindows(select.getWindowList());
        List<String> updating = new ArrayList<>(fromResult.updatingReasons);

        if (select.getWhere() != null) {
            state.features.record(SqlFeature.WHERE, select.getWhere().getParserPosition());
        }
        from.classifyPendingJoins(fromResult, select.getWhere(), ctx, updating);

        boolean windowed = false;
        if (grouped) {
            state.features.record(SqlFeature.GROUP_BY, select.getGroup().getParserPosition());
            List<Resolved> keys = new ArrayList<>();
            ctx.touched = keys;
            typer.type(select.getGroup(), scope, ctx);
            ctx.touched = null;
            windowed = ctx.groupWindow || CallTyper.hasWindowBounds(keys);
        }

        Output output = new Output();
        int position = 0;
        for (SqlNode item : select.getSelectList()) {
            if (item instanceof SqlIdentifier id && id.isStar()) {
                state.features.record(SqlFeature.SELECT_STAR, id.getParserPosition());
                new StarExpander(state).expand(id, scope, output);
            } else {
                state.features.record(SqlFeature.PROJECTION, item.getParserPosition());
                SqlNode value = item.getKind() == SqlKind.AS ? ((SqlCall) item).operand(0) : item;
                boolean plain = value instanceof SqlIdentifier id && !ExpressionTyper.isNiladic(id);
                output.add(item(value, Names.derive(item, position), scope, ctx), plain);
            }
            position = output.columns.size();
        }

        ctx.newItem();
        typeIfPresent(select.getHaving(), scope, ctx);
        typeIfPresent(select.getQualify(), scope, ctx);
        SqlNodeList orderList = orderBy != null ? orderBy.orderList : select.getOrderList();
        if (orderList != null) {
            for (SqlNode item : orderList) {
                SqlNode value = stripOrdering(item);
                if (!(value instanceof SqlIdentifier id && id.isSimple() && output.hasName(id.getSimple()))) {
                    typer.type(value, scope, ctx);
                }
            }
        }
        walker.recordOrder(orderList, orderBy != null ? orderBy.offset : select.getOffset(),
                orderBy != null ? orderBy.fetch : select.getFetch(), updating);

        boolean aggregating = grouped || ctx.firstAggregate != null;
        if (aggregating && !grouped) {
            state.features.record(SqlFeature.AGGREGATE, ctx.firstAggregate.getParserPosition());
        }
        if (aggregating && !windowed) {
            updating.add(grouped ? "non-windowed GROUP BY aggregation" : "aggregation without GROUP BY");
        }
        if (select.isDistinct()) {
            state.features.record(SqlFeature.DISTINCT, select.getSelectList().getParserPosition());
            if (!windowed && !output.hasWindowBounds()) {
                updating.add("SELECT DISTINCT");
            }
        }
        if (ctx.firstRanking != null && !ctx.rankingWindowed && !ctx.rankingProctimeFirst) {
            updating.add("ranking function (Top-N / deduplication)");
        }
        updating.addAll(ctx.updatingReasons);

        List<RelColumn> columns = materializeTime(output, aggregating, windowed, fromResult.regularJoin);
        List<String> names = Names.uniquify(output.names());
        for (int i = 0; i < columns.size(); i++) {
            columns.set(i, columns.get(i).renamed(names.get(i)));
        }
        InputRelation passthrough = passthroughOf(select, orderBy, scope, output);
        return new Relation(columns, output.openInputs, output.opaque, output.opaqueLineage,
                QueryWalker.dedupe(updating), passthrough);
    }

    /** One select item: a plain column keeps its window property and time attribute; else a typed expression. */
    private RelColumn item(SqlNode value, String name, Scope scope, ExprCtx ctx) {
        ctx.newItem();
        if (value instanceof SqlIdentifier id && !ExpressionTyper.isNiladic(id)) {
            Resolved resolved = typer.resolve(id, scope, ctx);
            if (resolved == null) {
                return new RelColumn(name, FlinkType.STRING, false, List.of(), RelColumn.WindowProperty.NONE);
            }
            RelColumn column = resolved.column();
            if (resolved.consumed() == id.names.size()) {
                return new RelColumn(name, column.type(), column.inferred(), new ArrayList<>(ctx.lineage),
                        column.window());
            }
            FlinkType type = CompositeTyper.fieldPath(column.type(), id.names, resolved.consumed());
            return new RelColumn(name, type == null ? FlinkType.STRING : type, type != null && column.inferred(),
                    new ArrayList<>(ctx.lineage), RelColumn.WindowProperty.NONE);
        }
        Typed typed = typer.type(value, scope, ctx);
        FlinkType type = typed.type();
        boolean inferred = typed.inferred();
        if (type.root() == FlinkType.Root.NULL) {
            type = FlinkType.STRING;
            inferred = false;
        }
        return new RelColumn(name, type, inferred, new ArrayList<>(ctx.lineage), RelColumn.WindowProperty.NONE);
    }

    /**
     * Time attributes survive only where Flink keeps them: not through a regular join nor a non-windowed aggregation;
     * in a windowed aggregation only window properties (window_time, TUMBLE_ROWTIME(...)) stay time attributes.
     */
    private static List<RelColumn> materializeTime(Output output, boolean aggregating, boolean windowed,
            boolean regularJoin) {
        List<RelColumn> result = new ArrayList<>(output.columns.size());
        for (int i = 0; i < output.columns.size(); i++) {
            RelColumn column = output.columns.get(i);
            boolean keep;
            if (!column.type().isTimeAttribute()) {
                keep = true;
            } else if (regularJoin || aggregating && !windowed) {
                keep = false;
            } else if (aggregating) {
                keep = !output.plain.get(i) || column.window() == RelColumn.WindowProperty.TIME;
            } else {
                keep = true;
            }
            result.add(keep ? column : column.withType(column.type().withoutTimeAttribute()));
        }
        return result;
    }

    /** The input this SELECT copies unchanged: {@code SELECT *} (or {@code t.*}) of one input, nothing else. */
    private static InputRelation passthroughOf(SqlSelect select, SqlOrderBy orderBy, Scope scope, Output output) {
        boolean plain = select.getSelectList().size() == 1 && select.getSelectList().get(0) instanceof SqlIdentifier id
                && id.isStar() && select.getWhere() == null && select.getGroup() == null && select.getHaving() == null
                && select.getQualify() == null && !select.isDistinct() && select.getFetch() == null
                && select.getOffset() == null && (select.getOrderList() == null || select.getOrderList().isEmpty())
                && orderBy == null && scope.entries.size() == 1;
        if (!plain) {
            return null;
        }
        SqlIdentifier star = (SqlIdentifier) select.getSelectList().get(0);
        Scope.Entry entry = scope.entries.get(0);
        boolean ownStar = star.names.size() == 1 || star.names.get(star.names.size() - 2).equals(entry.alias());
        return ownStar ? entry.relation().passthroughOf : null;
    }

    private static Map<String, SqlWindow> namedWindows(SqlNodeList windows) {
        if (windows == null || windows.isEmpty()) {
            return null;
        }
        Map<String, SqlWindow> named = new HashMap<>();
        for (SqlNode node : windows) {
            if (node instanceof SqlWindow window && window.getDeclName() != null) {
                named.put(window.getDeclName().getSimple(), window);
            }
        }
        return named;
    }

    private void typeIfPresent(SqlNode node, Scope scope, ExprCtx ctx) {
        if (node != null) {
            typer.type(node, scope, ctx);
        }
    }

    /** The expression of an ORDER BY item without DESC / NULLS FIRST / NULLS LAST. */
    static SqlNode stripOrdering(SqlNode item) {
        SqlNode value = item;
        while (value.getKind() == SqlKind.DESCENDING || value.getKind() == SqlKind.NULLS_FIRST
                || value.getKind() == SqlKind.NULLS_LAST) {
            value = ((SqlCall) value).operand(0);
        }
        return value;
    }

    /** The select list being built. */
    static final class Output {
        final List<RelColumn> columns = new ArrayList<>();
        /** Whether each column is a plain column reference (not computed). */
        final List<Boolean> plain = new ArrayList<>();
        final List<InputRelation> openInputs = new ArrayList<>();
        final List<ColumnRef> opaqueLineage = new ArrayList<>();
        boolean opaque;

        void add(RelColumn column, boolean plainReference) {
            columns.add(column);
            plain.add(plainReference);
        }

        List<String> names() {
            List<String> names = new ArrayList<>(columns.size());
            for (RelColumn column : columns) {
                names.add(column.name());
            }
            return names;
        }

        boolean hasName(String name) {
            for (RelColumn column : columns) {
                if (column.name().equals(name)) {
                    return true;
                }
            }
            return false;
        }

        boolean hasWindowBounds() {
            boolean start = false;
            boolean end = false;
            for (RelColumn column : columns) {
                start |= column.window() == RelColumn.WindowProperty.START;
                end |= column.window() == RelColumn.WindowProperty.END;
            }
            return start && end;
        }
    }
}
