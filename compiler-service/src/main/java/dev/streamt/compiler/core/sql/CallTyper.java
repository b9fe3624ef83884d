package dev.streamt.compiler.core.sql;

import dev.streamt.compiler.core.sql.analysis.InputColumn;
import dev.streamt.compiler.core.sql.analysis.MlModelUse;
import dev.streamt.compiler.core.sql.analysis.SqlFeature;
import dev.streamt.compiler.core.sql.types.FlinkType;
import dev.streamt.compiler.core.sql.types.FlinkTypeParser;
import dev.streamt.compiler.core.sql.types.TypeRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlExplicitModelCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlWindow;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.NlsString;

/**
 * Types function calls: built-ins through {@link FunctionTypes}, aggregates (noting them for the SELECT), OVER windows
 * and ranking functions (Top-N / deduplication / window Top-N), group windows (TUMBLE/HOP/SESSION/CUMULATE in GROUP
 * BY), ML_PREDICT / ML_EVALUATE (ROW of the declared {@code ml_outputs}, else opaque), JSON_VALUE ... RETURNING.
 * Unknown functions are STRING, not inferred. Confined to one analysis.
 */
final class CallTyper {

    private final AnalysisState state;
    private final ExpressionTyper typer;

    CallTyper(AnalysisState state, ExpressionTyper typer) {
        this.state = state;
        this.typer = typer;
    }

    Typed type(SqlCall call, Scope scope, ExprCtx ctx) {
        if (call.getKind() == SqlKind.OVER) {
            return over(call, scope, ctx);
        }
        String name = call.getOperator().getName().toUpperCase(Locale.ROOT);
        SqlFeature window = groupWindow(call, name);
        if (window != null) {
            state.features.record(window, call.getParserPosition());
            ctx.groupWindow = true;
            arguments(call, scope, ctx);
            return Typed.of(FlinkType.timestamp(3).notNull());
        }
        if (name.equals("ML_PREDICT") || name.equals("ML_EVALUATE")) {
            return ml(call, name, scope, ctx);
        }
        if (FunctionTypes.AGGREGATES.contains(name) && ctx.overDepth == 0 && ctx.firstAggregate == null) {
            ctx.firstAggregate = call;
        }
        if (name.endsWith("_START") || name.endsWith("_END") || name.endsWith("_ROWTIME")
                || name.endsWith("_PROCTIME")) {
            SqlFeature auxiliary = FeatureDetector.windowFeature(name.substring(0, name.lastIndexOf('_')));
            if (auxiliary != null) {
                state.features.record(auxiliary, call.getParserPosition());
            }
        }
        List<Typed> args = arguments(call, scope, ctx);
        if (name.equals("JSON_VALUE")) {
            for (SqlNode operand : call.getOperandList()) {
                if (operand instanceof SqlDataTypeSpec spec) {
                    FlinkType returning = FlinkTypeParser.parse(spec.toString());
                    return returning == null ? Typed.UNKNOWN : Typed.of(returning.withNullable(true));
                }
            }
        }
        if (name.equals("ROUND")) {
            return round(call, args);
        }
        FunctionTypes.Spec spec = FunctionTypes.lookup(name);
        if (spec == null) {
            return Typed.UNKNOWN;
        }
        Typed typed = FunctionTypes.apply(spec, args);
        if (FunctionTypes.NULL_WHEN_EMPTY.contains(name) && !ctx.grouped && ctx.overDepth == 0) {
            typed = typed.withType(typed.type().withNullable(true));
        }
        return typed;
    }

    /** Types the value arguments (not unit keywords, type specs or {@code *}), in order. */
    List<Typed> arguments(SqlCall call, Scope scope, ExprCtx ctx) {
        List<Typed> args = new ArrayList<>(call.operandCount());
        for (SqlNode operand : call.getOperandList()) {
            if (operand == null || operand instanceof SqlIntervalQualifier || operand instanceof SqlDataTypeSpec
                    || operand instanceof SqlIdentifier id && id.isStar()
                    || operand instanceof SqlLiteral literal && literal.getTypeName() == SqlTypeName.SYMBOL) {
                continue;
            }
            args.add(typer.type(operand, scope, ctx));
        }
        return args;
    }

    private Typed round(SqlCall call, List<Typed> args) {
        if (args.isEmpty()) {
            return Typed.UNKNOWN;
        }
        int digits = 0;
        if (call.operandCount() > 1 && call.operand(1) instanceof SqlLiteral literal
                && literal.getTypeName() == SqlTypeName.DECIMAL) {
            digits = literal.intValue(true);
        }
        return args.get(0).withType(TypeRules.round(args.get(0).type(), digits));
    }

    /** A group window function of GROUP BY ({@code $TUMBLE} or an unresolved TUMBLE with a time column). */
    private static SqlFeature groupWindow(SqlCall call, String name) {
        if (call.getKind() == SqlKind.TUMBLE || call.getKind() == SqlKind.HOP || call.getKind() == SqlKind.SESSION) {
            return FeatureDetector.windowFeature(call.getKind().name());
        }
        SqlFeature feature = FeatureDetector.windowFeature(name);
        if (feature == null || call.operandCount() < 2) {
            return null;
        }
        SqlNode first = call.operand(0);
        return first != null && first.getKind() != SqlKind.EXPLICIT_TABLE && first.getKind() != SqlKind.ARGUMENT_ASSIGNMENT
                && first.getKind() != SqlKind.SET_SEMANTICS_TABLE ? feature : null;
    }

    private Typed over(SqlCall call, Scope scope, ExprCtx ctx) {
        SqlNode function = call.operand(0);
        String name = function instanceof SqlCall inner ? inner.getOperator().getName().toUpperCase(Locale.ROOT) : "";
        boolean ranking = FunctionTypes.RANKING.contains(name);
        state.features.record(ranking ? SqlFeature.TOP_N : SqlFeature.OVER_WINDOW, call.getParserPosition());
        ctx.overDepth++;
        Typed typed;
        try {
            typed = typer.type(function, scope, ctx);
        } finally {
            ctx.overDepth--;
        }
        SqlWindow window = window(call.operand(1), ctx);
        if (ranking) {
            ctx.firstRanking = ctx.firstRanking == null ? call : ctx.firstRanking;
        }
        if (window != null) {
            List<Resolved> previous = ctx.touched;
            List<Resolved> partition = new ArrayList<>();
            ctx.touched = partition;
            typer.type(window.getPartitionList(), scope, ctx);
            List<Resolved> order = new ArrayList<>();
            ctx.touched = order;
            typer.type(window.getOrderList(), scope, ctx);
            ctx.touched = previous;
            if (previous != null) {
                previous.addAll(partition);
                previous.addAll(order);
            }
            if (ranking) {
                ctx.rankingWindowed &= hasWindowBounds(partition);
                ctx.rankingProctimeFirst &= name.equals("ROW_NUMBER") && orderedByProctime(window.getOrderList(), order);
            }
        } else if (ranking) {
            ctx.rankingWindowed = false;
            ctx.rankingProctimeFirst = false;
        }
        return typed;
    }

    /** The window of an OVER: inline, or named in the SELECT's WINDOW clause. */
    private static SqlWindow window(SqlNode node, ExprCtx ctx) {
        if (node instanceof SqlWindow window) {
            if (window.getRefName() != null && ctx.namedWindows != null) {
                SqlWindow referenced = ctx.namedWindows.get(window.getRefName().getSimple());
                return referenced == null ? window : referenced;
            }
            return window;
        }
        if (node instanceof SqlIdentifier id && ctx.namedWindows != null) {
            return ctx.namedWindows.get(id.getSimple());
        }
        return null;
    }

    static boolean hasWindowBounds(List<Resolved> columns) {
        boolean start = false;
        boolean end = false;
        for (Resolved resolved : columns) {
            start |= resolved.column().window() == RelColumn.WindowProperty.START;
            end |= resolved.column().window() == RelColumn.WindowProperty.END;
        }
        return start && end;
    }

    /** Whether the order is a single processing-time attribute ascending (keep the first row: append-only). */
    private static boolean orderedByProctime(SqlNodeList orderList, List<Resolved> columns) {
        if (orderList.size() != 1 || columns.size() != 1) {
            return false;
        }
        SqlNode item = orderList.get(0);
        boolean descending = item.getKind() == SqlKind.DESCENDING
                || item instanceof SqlCall call && call.operandCount() > 0
                && call.operand(0) != null && call.operand(0).getKind() == SqlKind.DESCENDING;
        return !descending && columns.get(0).column().type().timeAttribute() == FlinkType.TimeAttribute.PROCTIME;
    }

    /** Scalar ML_PREDICT('model', features...) / ML_EVALUATE: a ROW of the model's declared outputs. */
    private Typed ml(SqlCall call, String function, Scope scope, ExprCtx ctx) {
        state.features.record(function.equals("ML_PREDICT") ? SqlFeature.ML_PREDICT : SqlFeature.ML_EVALUATE,
                call.getParserPosition());
        List<SqlNode> operands = call.getOperandList();
        String model = operands.isEmpty() ? null : modelName(operands.get(0));
        for (int i = model == null ? 0 : 1; i < operands.size(); i++) {
            if (operands.get(i) != null) {
                typer.type(operands.get(i), scope, ctx);
            }
        }
        List<InputColumn> outputs = model == null ? null : state.catalog.mlOutputsOf(model);
        state.mlUses.add(new MlModelUse(function, model, outputs != null, call.getParserPosition().getLineNum(),
                call.getParserPosition().getColumnNum()));
        if (outputs == null) {
            return new Typed(MlOutputs.OPAQUE, false);
        }
        return new Typed(FlinkType.row(MlOutputs.fields(outputs)), MlOutputs.allTyped(outputs));
    }

    /** The model named by ML_PREDICT's first argument: a string literal, an identifier or MODEL m; else null. */
    static String modelName(SqlNode node) {
        if (node instanceof SqlCharStringLiteral literal) {
            return literal.getValueAs(NlsString.class).getValue();
        }
        if (node instanceof SqlIdentifier id) {
            return id.names.get(id.names.size() - 1);
        }
        if (node instanceof SqlExplicitModelCall model) {
            return model.getModelIdentifier() == null ? null : modelName(model.getModelIdentifier());
        }
        return null;
    }
}
