package dev.streamt.compiler.core.sql;

import dev.streamt.compiler.core.sql.analysis.SqlFeature;
import dev.streamt.compiler.core.sql.types.FlinkType;
import dev.streamt.compiler.core.sql.types.FlinkTypeParser;
import dev.streamt.compiler.core.sql.types.TypeRules;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.fun.SqlCase;

/**
 * Types an expression in one pass over its tree, collecting the lineage of every column it reads into the
 * {@link ExprCtx}: column references (through aliases and ROW field paths), literals, CAST/TRY_CAST, CASE, arithmetic
 * with numeric widening, comparisons and predicates (BOOLEAN), {@code ||}, ITEM/field access, ROW/ARRAY/MAP
 * constructors and subqueries; function calls go to {@link CallTyper}. Anything it cannot type is STRING, not
 * inferred. Confined to one analysis.
 */
final class ExpressionTyper {

    private final AnalysisState state;
    private final QueryWalker walker;
    private final CallTyper calls;
    private final CompositeTyper composites;

    ExpressionTyper(AnalysisState state, QueryWalker walker) {
        this.state = state;
        this.walker = walker;
        this.calls = new CallTyper(state, this);
        this.composites = new CompositeTyper(this);
    }

    Typed type(SqlNode node, Scope scope, ExprCtx ctx) {
        if (node instanceof SqlIdentifier id) {
            return identifier(id, scope, ctx);
        }
        if (node instanceof SqlLiteral literal) {
            Typed typed = Literals.type(literal);
            return typed == null ? Typed.UNKNOWN : typed;
        }
        if (node instanceof SqlNodeList list) {
            Typed last = Typed.UNKNOWN;
            for (SqlNode item : list) {
                last = type(item, scope, ctx);
            }
            return last;
        }
        if (node instanceof SqlCall call) {
            if (call.getKind().belongsTo(SqlKind.QUERY)) {
                return scalarSubquery(call, scope, ctx);
            }
            return call(call, scope, ctx);
        }
        return Typed.UNKNOWN;
    }

    /** Resolves a column reference (adding its lineage), or null when it names no column. */
    Resolved resolve(SqlIdentifier id, Scope scope, ExprCtx ctx) {
        Resolved resolved = state.resolver.resolve(id, scope);
        if (resolved != null) {
            ctx.lineage.addAll(resolved.column().lineage());
            if (ctx.touched != null) {
                ctx.touched.add(resolved);
            }
        }
        return resolved;
    }

    private Typed identifier(SqlIdentifier id, Scope scope, ExprCtx ctx) {
        if (id.isStar()) {
            return Typed.UNKNOWN;
        }
        if (isNiladic(id)) {
            return FunctionTypes.apply(FunctionTypes.lookup(id.getSimple().toUpperCase(Locale.ROOT)), List.of());
        }
        Resolved resolved = resolve(id, scope, ctx);
        if (resolved == null) {
            return Typed.UNKNOWN;
        }
        FlinkType type = CompositeTyper.fieldPath(resolved.column().type(), id.names, resolved.consumed());
        return type == null ? Typed.UNKNOWN : new Typed(type, resolved.column().inferred());
    }

    /** Whether the identifier is a function without parentheses, like CURRENT_TIMESTAMP (unquoted, one name). */
    static boolean isNiladic(SqlIdentifier id) {
        return id.names.size() == 1 && !id.isComponentQuoted(0)
                && FunctionTypes.NILADIC.contains(id.getSimple().toUpperCase(Locale.ROOT));
    }

    private Typed call(SqlCall call, Scope scope, ExprCtx ctx) {
        SqlKind kind = call.getKind();
        switch (kind) {
            case AS:
                return type(call.operand(0), scope, ctx);
            case FILTER:
            case WITHIN_GROUP:
            case WITHIN_DISTINCT:
                Typed aggregate = type(call.operand(0), scope, ctx);
                for (int i = 1; i < call.operandCount(); i++) {
                    if (call.operand(i) != null) {
                        type(call.operand(i), scope, ctx);
                    }
                }
                return aggregate;
            case CAST:
            case SAFE_CAST:
                return cast(call, scope, ctx, kind == SqlKind.SAFE_CAST);
            case CASE:
                return caseWhen((SqlCase) call, scope, ctx);
            case PLUS:
            case MINUS:
            case TIMES:
            case DIVIDE:
            case MOD:
                return arithmetic(kind, call, scope, ctx);
            case MINUS_PREFIX:
            case PLUS_PREFIX:
                return type(call.operand(0), scope, ctx);
            case IS_NULL: case IS_NOT_NULL: case IS_TRUE: case IS_FALSE: case IS_NOT_TRUE: case IS_NOT_FALSE:
            case IS_UNKNOWN: case IS_DISTINCT_FROM: case IS_NOT_DISTINCT_FROM:
                operands(call, scope, ctx);
                return Typed.of(FlinkType.BOOLEAN.notNull());
            case AND:
            case OR:
                return logical(call, scope, ctx);
            case EQUALS: case NOT_EQUALS: case LESS_THAN: case GREATER_THAN: case LESS_THAN_OR_EQUAL:
            case GREATER_THAN_OR_EQUAL: case LIKE: case SIMILAR: case BETWEEN: case RLIKE:
                return Typed.of(FlinkType.BOOLEAN.withNullable(operands(call, scope, ctx)));
            case NOT:
                return not(call, scope, ctx);
            case IN:
            case NOT_IN:
            case SOME:
            case ALL:
                return in(call, scope, ctx);
            case EXISTS:
                subquery(call.operand(0), scope, ctx, null);
                return Typed.of(FlinkType.BOOLEAN.notNull());
            case ROW:
                return composites.row(call, scope, ctx);
            case ARRAY_VALUE_CONSTRUCTOR:
            case MAP_VALUE_CONSTRUCTOR:
                return composites.collection(call, scope, ctx);
            case ITEM:
                return composites.item(call, scope, ctx);
            case DOT:
                return composites.dot(call, scope, ctx);
            default:
                if ("||".equals(call.getOperator().getName())) {
                    return composites.concat(call, scope, ctx);
                }
                return calls.type(call, scope, ctx);
        }
    }

    /** Types every operand; whether any is nullable. */
    boolean operands(SqlCall call, Scope scope, ExprCtx ctx) {
        boolean nullable = false;
        for (SqlNode operand : call.getOperandList()) {
            if (operand != null) {
                nullable |= type(operand, scope, ctx).type().nullable();
            }
        }
        return nullable;
    }

    /** AND / OR chains (deep left-nested trees for long conditions) are typed iteratively, leaf by leaf. */
    private Typed logical(SqlCall call, Scope scope, ExprCtx ctx) {
        boolean nullable = false;
        ArrayDeque<SqlNode> pending = new ArrayDeque<>();
        pending.push(call);
        while (!pending.isEmpty()) {
            SqlNode node = pending.pop();
            if ((node.getKind() == SqlKind.AND || node.getKind() == SqlKind.OR) && node instanceof SqlCall logical) {
                List<SqlNode> operands = logical.getOperandList();
                for (int i = operands.size() - 1; i >= 0; i--) {
                    pending.push(operands.get(i));
                }
            } else {
                nullable |= type(node, scope, ctx).type().nullable();
            }
        }
        return Typed.of(FlinkType.BOOLEAN.withNullable(nullable));
    }

    private Typed cast(SqlCall call, Scope scope, ExprCtx ctx, boolean safe) {
        Typed source = type(call.operand(0), scope, ctx);
        SqlNode target = call.operand(1);
        FlinkType type = target instanceof SqlDataTypeSpec spec ? FlinkTypeParser.parse(spec.toString()) : null;
        if (type == null) {
            return Typed.UNKNOWN;
        }
        return Typed.of(type.withNullable(type.nullable() && (source.type().nullable() || safe)));
    }

    private Typed caseWhen(SqlCase call, Scope scope, ExprCtx ctx) {
        if (call.getValueOperand() != null) {
            type(call.getValueOperand(), scope, ctx);
        }
        type(call.getWhenOperands(), scope, ctx);
        List<FlinkType> results = new ArrayList<>();
        boolean inferred = true;
        for (SqlNode then : call.getThenOperands()) {
            Typed typed = type(then, scope, ctx);
            results.add(typed.type());
            inferred &= typed.inferred();
        }
        SqlNode otherwise = call.getElseOperand();
        Typed elseTyped = otherwise == null ? Typed.of(FlinkType.NULL) : type(otherwise, scope, ctx);
        results.add(elseTyped.type());
        FlinkType common = TypeRules.commonType(results);
        return common == null ? Typed.UNKNOWN : new Typed(common, inferred && elseTyped.inferred());
    }

    private Typed arithmetic(SqlKind kind, SqlCall call, Scope scope, ExprCtx ctx) {
        Typed left = type(call.operand(0), scope, ctx);
        Typed right = type(call.operand(1), scope, ctx);
        FlinkType a = left.type();
        FlinkType b = right.type();
        FlinkType result = switch (kind) {
            case PLUS -> TypeRules.plus(a, b);
            case MINUS -> a.isDatetime() && b.isExactNumeric() ? null : TypeRules.plus(a, b);
            case TIMES -> TypeRules.times(a, b);
            case DIVIDE -> TypeRules.divide(a, b);
            default -> TypeRules.mod(a, b);
        };
        return result == null ? Typed.UNKNOWN : new Typed(result, left.inferred() && right.inferred());
    }

    private Typed not(SqlCall call, Scope scope, ExprCtx ctx) {
        SqlNode operand = call.operand(0);
        if (operand.getKind() == SqlKind.EXISTS) {
            subquery(((SqlCall) operand).operand(0), scope, ctx, "NOT EXISTS subquery (anti-join)");
            return Typed.of(FlinkType.BOOLEAN.notNull());
        }
        return Typed.of(FlinkType.BOOLEAN.withNullable(type(operand, scope, ctx).type().nullable()));
    }

    private Typed in(SqlCall call, Scope scope, ExprCtx ctx) {
        boolean nullable = type(call.operand(0), scope, ctx).type().nullable();
        SqlNode values = call.operand(1);
        if (values.getKind().belongsTo(SqlKind.QUERY)) {
            Relation relation = subquery(values, scope, ctx,
                    call.getKind() == SqlKind.NOT_IN ? "NOT IN subquery (anti-join)" : null);
            if (relation != null && !relation.columns.isEmpty()) {
                ctx.lineage.addAll(relation.columns.get(0).lineage());
                nullable |= relation.columns.get(0).type().nullable();
            }
        } else {
            nullable |= type(values, scope, ctx).type().nullable();
        }
        return Typed.of(FlinkType.BOOLEAN.withNullable(nullable));
    }

    private Typed scalarSubquery(SqlCall query, Scope scope, ExprCtx ctx) {
        Relation relation = subquery(query, scope, ctx, null);
        if (relation == null || relation.columns.isEmpty()) {
            return Typed.UNKNOWN;
        }
        RelColumn first = relation.columns.get(0);
        ctx.lineage.addAll(first.lineage());
        return new Typed(first.type().withNullable(true).withoutTimeAttribute(), first.inferred());
    }

    /** A subquery inside an expression: a join for Flink, updating when the subquery is or when it anti-joins. */
    private Relation subquery(SqlNode query, Scope scope, ExprCtx ctx, String antiJoinReason) {
        state.features.record(SqlFeature.SUBQUERY_JOIN, query.getParserPosition());
        Relation relation = walker.query(query, scope);
        ctx.updatingReasons.addAll(relation.updatingReasons);
        if (antiJoinReason != null) {
            ctx.updatingReasons.add(antiJoinReason);
        }
        return relation;
    }
}
