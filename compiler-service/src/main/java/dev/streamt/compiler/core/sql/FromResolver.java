package dev.streamt.compiler.core.sql;

import dev.streamt.compiler.core.sql.analysis.InputRelation;
import dev.streamt.compiler.core.sql.analysis.SqlFeature;
import dev.streamt.compiler.core.sql.types.FlinkType;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.JoinConditionType;
import org.apache.calcite.sql.JoinType;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Builds the scope of a FROM clause: tables (catalog inputs or CTEs; unknown names reported), subqueries, aliases with
 * column lists, and joins of every kind — regular, interval, window, temporal / lookup ({@code FOR SYSTEM_TIME AS OF}),
 * LATERAL table functions and UNNEST — deciding each join's feature and how the changelog kinds of its sides combine.
 * Table functions (window TVFs, ML_PREDICT, UNNEST, MATCH_RECOGNIZE) are built by {@link TableFunctions}. Confined to
 * one analysis.
 */
final class FromResolver {

    /** A join without its own condition (comma, CROSS, INNER without ON): classified later from the WHERE clause. */
    private record PendingJoin(int leftFrom, int leftTo, int rightTo, List<String> sidesUpdating, SqlParserPos pos) {
    }

    /** The scope of a FROM clause and what its joins mean. */
    static final class Result {
        final Scope scope;
        final List<String> updatingReasons = new ArrayList<>();
        private final List<PendingJoin> pending = new ArrayList<>();
        boolean regularJoin;

        Result(Scope scope) {
            this.scope = scope;
        }

        static Result empty(Scope outer) {
            return new Result(new Scope(outer));
        }
    }

    private final AnalysisState state;
    private final QueryWalker walker;
    private final ExpressionTyper typer;
    private final JoinClassifier classifier;
    private final TableFunctions functions;

    FromResolver(AnalysisState state, QueryWalker walker, ExpressionTyper typer) {
        this.state = state;
        this.walker = walker;
        this.typer = typer;
        this.classifier = new JoinClassifier(typer);
        this.functions = new TableFunctions(state, walker, typer, this);
    }

    Result resolve(SqlNode from, Scope outer) {
        Result result = new Result(new Scope(outer));
        result.updatingReasons.addAll(item(from, result, false));
        return result;
    }

    /**
     * Types the WHERE clause; when the FROM has joins without a condition, the WHERE decides whether they are
     * interval / window joins or regular ones.
     */
    void classifyPendingJoins(Result result, SqlNode where, ExprCtx ctx, List<String> updating) {
        if (result.pending.isEmpty()) {
            if (where != null) {
                typer.type(where, result.scope, ctx);
            }
            return;
        }
        JoinClassifier.Predicates predicates = where == null ? null : classifier.collect(where, result.scope, ctx);
        for (PendingJoin join : result.pending) {
            JoinClassifier.Kind kind = predicates == null ? JoinClassifier.Kind.REGULAR
                    : predicates.kind(join.leftFrom(), join.leftTo(), join.leftTo(), join.rightTo());
            updating.addAll(streamJoin(kind, join.sidesUpdating(), join.pos(), result));
        }
    }

    /** Adds the entries of one FROM item to the scope; returns the updating reasons of the item's stream. */
    List<String> item(SqlNode node, Result result, boolean nullable) {
        if (node instanceof SqlJoin join) {
            return join(join, result, nullable);
        }
        SqlNode inner = node;
        String alias = null;
        SqlNodeList columnAliases = null;
        if (node.getKind() == SqlKind.AS) {
            List<SqlNode> operands = ((SqlCall) node).getOperandList();
            inner = operands.get(0);
            alias = ((SqlIdentifier) operands.get(1)).getSimple();
            if (operands.size() > 2) {
                columnAliases = new SqlNodeList(operands.subList(2, operands.size()), node.getParserPosition());
            }
        }
        InputRelation input = directInput(inner);
        Relation relation = relation(inner, result);
        if (columnAliases != null) {
            if (input != null) {
                state.usage.allColumnsRead(input, relation);
                input = null;
            }
            relation = relation.columns.isEmpty() && relation.opaque
                    ? TableFunctions.named(relation, columnAliases) : QueryWalker.renamed(relation, columnAliases);
        }
        if (alias == null) {
            alias = defaultAlias(inner, result.scope.entries.size());
        }
        result.scope.entries.add(new Scope.Entry(alias, relation, nullable, input, node.getParserPosition()));
        return relation.updatingReasons;
    }

    private Relation relation(SqlNode node, Result result) {
        switch (node.getKind()) {
            case IDENTIFIER:
            case TABLE_REF:
                return tableRelation(node);
            case SNAPSHOT:
                return tableRelation(((SqlCall) node).operand(0));
            case LATERAL:
                SqlNode lateral = ((SqlCall) node).operand(0);
                if (lateral.getKind() == SqlKind.COLLECTION_TABLE) {
                    return functions.collectionTable((SqlCall) lateral, result.scope, true);
                }
                state.features.record(SqlFeature.LATERAL_TABLE, node.getParserPosition());
                return walker.query(lateral, result.scope);
            case COLLECTION_TABLE:
                return functions.collectionTable((SqlCall) node, result.scope, false);
            case UNNEST:
                return functions.unnest((SqlCall) node, result.scope);
            case MATCH_RECOGNIZE:
                return functions.matchRecognize(node, result.scope);
            default:
                if (node.getKind().belongsTo(SqlKind.QUERY) || node.getKind() == SqlKind.EXPLICIT_TABLE) {
                    return walker.query(node, result.scope.parent);
                }
                typer.type(node, result.scope, new ExprCtx(false));
                return new Relation(List.of(), List.of(), true, List.of(), List.of(), null);
        }
    }

    /** The relation of a named table: a CTE, else a catalog input (recorded as read), else an unknown table. */
    Relation tableRelation(SqlNode node) {
        SqlIdentifier id = tableName(node);
        if (id == null) {
            return new Relation(List.of(), List.of(), true, List.of(), List.of(), null);
        }
        String name = String.join(".", id.names);
        Relation cte = id.isSimple() ? walker.cte(name) : null;
        if (cte != null) {
            return cte;
        }
        InputRelation input = state.catalog.table(name);
        if (input != null) {
            state.usage.tableReferenced(input, id.getParserPosition());
            return state.inputRelation(input);
        }
        if (state.usage.unknownTable(name, id.getParserPosition())) {
            state.problems.unknownTable(name, state.catalog.tableNames(), id.getParserPosition());
        }
        return new Relation(List.of(), List.of(), true, List.of(), List.of(), null);
    }

    /** The catalog input when the FROM item is that input's table itself (not a CTE), else null. */
    private InputRelation directInput(SqlNode node) {
        SqlNode table = node.getKind() == SqlKind.SNAPSHOT ? ((SqlCall) node).operand(0) : node;
        SqlIdentifier id = tableName(table);
        if (id == null || id.isSimple() && walker.cte(id.getSimple()) != null) {
            return null;
        }
        return state.catalog.table(String.join(".", id.names));
    }

    private static SqlIdentifier tableName(SqlNode node) {
        if (node instanceof SqlIdentifier id) {
            return id;
        }
        if (node.getKind() == SqlKind.TABLE_REF && ((SqlCall) node).operand(0) instanceof SqlIdentifier id) {
            return id;
        }
        return null;
    }

    private static String defaultAlias(SqlNode node, int position) {
        SqlNode table = node.getKind() == SqlKind.SNAPSHOT ? ((SqlCall) node).operand(0) : node;
        SqlIdentifier id = tableName(table);
        return id != null ? id.names.get(id.names.size() - 1) : "EXPR$" + position;
    }

    private List<String> join(SqlJoin join, Result result, boolean nullable) {
        JoinType type = join.getJoinType();
        int leftFrom = result.scope.entries.size();
        List<String> left = item(join.getLeft(), result, nullable || type == JoinType.RIGHT || type == JoinType.FULL);
        int leftTo = result.scope.entries.size();
        SqlNode right = join.getRight();
        SqlNode rightItem = right.getKind() == SqlKind.AS ? ((SqlCall) right).operand(0) : right;
        List<String> rightUpdating = item(right, result, nullable || type == JoinType.LEFT || type == JoinType.FULL);
        int rightTo = result.scope.entries.size();
        UsingColumns.merge(join, result.scope, leftFrom, leftTo, rightTo);

        SqlKind rightKind = rightItem.getKind();
        if (rightKind == SqlKind.SNAPSHOT) {
            boolean lookup = temporalIsLookup(((SqlCall) rightItem).operand(1), result.scope);
            state.features.record(lookup ? SqlFeature.LOOKUP_JOIN : SqlFeature.TEMPORAL_JOIN,
                    join.getParserPosition());
            typeCondition(join, result.scope);
            return left;
        }
        if (rightKind == SqlKind.LATERAL || rightKind == SqlKind.UNNEST
                || rightKind == SqlKind.COLLECTION_TABLE && !TableFunctions.isWindowTvf((SqlCall) rightItem)) {
            typeCondition(join, result.scope);
            List<String> reasons = new ArrayList<>(left);
            reasons.addAll(rightUpdating);
            return reasons;
        }
        List<String> sides = new ArrayList<>(left);
        sides.addAll(rightUpdating);
        if (join.getConditionType() == JoinConditionType.ON && join.getCondition() != null) {
            ExprCtx ctx = new ExprCtx(false);
            JoinClassifier.Kind kind = classifier.collect(join.getCondition(), result.scope, ctx)
                    .kind(leftFrom, leftTo, leftTo, rightTo);
            List<String> reasons = streamJoin(kind, sides, join.getParserPosition(), result);
            reasons.addAll(ctx.updatingReasons);
            return reasons;
        }
        if (join.getConditionType() == JoinConditionType.USING || join.isNatural()) {
            return streamJoin(JoinClassifier.Kind.REGULAR, sides, join.getParserPosition(), result);
        }
        result.pending.add(new PendingJoin(leftFrom, leftTo, rightTo, sides, join.getParserPosition()));
        return List.of();
    }

    /** Records a join of two streams; a regular join's result is updating. */
    private List<String> streamJoin(JoinClassifier.Kind kind, List<String> sides, SqlParserPos pos, Result result) {
        List<String> reasons = new ArrayList<>(sides);
        switch (kind) {
            case INTERVAL -> state.features.record(SqlFeature.INTERVAL_JOIN, pos);
            case WINDOW -> state.features.record(SqlFeature.WINDOW_JOIN, pos);
            default -> {
                state.features.record(SqlFeature.JOIN, pos);
                reasons.add("regular JOIN");
                result.regularJoin = true;
            }
        }
        return reasons;
    }

    /** FOR SYSTEM_TIME AS OF a processing-time attribute is a lookup join; of an event time, a temporal join. */
    private boolean temporalIsLookup(SqlNode period, Scope scope) {
        ExprCtx ctx = new ExprCtx(false);
        ctx.touched = new ArrayList<>();
        Typed typed = typer.type(period, scope, ctx);
        if (typed.type().timeAttribute() == FlinkType.TimeAttribute.PROCTIME) {
            return true;
        }
        for (Resolved resolved : ctx.touched) {
            if (resolved.column().type().timeAttribute() == FlinkType.TimeAttribute.PROCTIME) {
                return true;
            }
        }
        return false;
    }

    private void typeCondition(SqlJoin join, Scope scope) {
        if (join.getConditionType() == JoinConditionType.ON && join.getCondition() != null) {
            typer.type(join.getCondition(), scope, new ExprCtx(false));
        }
    }
}
