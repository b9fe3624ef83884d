package dev.streamt.compiler.core.sql;

import dev.streamt.compiler.core.sql.analysis.ColumnRef;
import dev.streamt.compiler.core.sql.analysis.InputColumn;
import dev.streamt.compiler.core.sql.analysis.InputRelation;
import dev.streamt.compiler.core.sql.analysis.MlModelUse;
import dev.streamt.compiler.core.sql.analysis.SqlFeature;
import dev.streamt.compiler.core.sql.types.FlinkType.Root;
import dev.streamt.compiler.core.sql.types.FlinkType.TimeAttribute;
import dev.streamt.compiler.core.sql.types.FlinkType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlMatchRecognize;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlUnnestOperator;

/**
 * FROM items that are functions: window TVFs ({@code TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), ...))} and HOP, CUMULATE,
 * SESSION — the input's columns plus window_start, window_end, window_time), ML_PREDICT / ML_EVALUATE as table
 * functions, other (user-defined) table functions, UNNEST and MATCH_RECOGNIZE. Confined to one analysis.
 */
final class TableFunctions {

    private final AnalysisState state;
    private final QueryWalker walker;
    private final ExpressionTyper typer;
    private final FromResolver from;

    TableFunctions(AnalysisState state, QueryWalker walker, ExpressionTyper typer, FromResolver from) {
        this.state = state;
        this.walker = walker;
        this.typer = typer;
        this.from = from;
    }

    static boolean isWindowTvf(SqlCall collectionTable) {
        SqlNode function = collectionTable.operand(0);
        return function instanceof SqlCall call && FeatureDetector.windowFeature(call.getOperator().getName()) != null;
    }

    /** {@code TABLE(f(...))}, optionally LATERAL. */
    Relation collectionTable(SqlCall table, Scope scope, boolean lateral) {
        if (!(table.operand(0) instanceof SqlCall function)) {
            return opaque(List.of(), List.of());
        }
        String name = function.getOperator().getName().toUpperCase(Locale.ROOT);
        SqlFeature window = FeatureDetector.windowFeature(name);
        if (window != null) {
            state.features.record(window, function.getParserPosition());
            return windowTvf(function, scope);
        }
        if (name.equals("ML_PREDICT") || name.equals("ML_EVALUATE")) {
            return ml(function, name, scope);
        }
        state.features.record(lateral ? SqlFeature.LATERAL_TABLE : SqlFeature.TABLE_FUNCTION,
                table.getParserPosition());
        ExprCtx ctx = new ExprCtx(false);
        for (SqlNode argument : arguments(function)) {
            typer.type(argument, scope, ctx);
        }
        return opaque(new ArrayList<>(ctx.lineage), List.of());
    }

    private Relation windowTvf(SqlCall function, Scope scope) {
        List<SqlNode> args = arguments(function);
        Relation data = args.isEmpty() ? opaque(List.of(), List.of()) : data(args.get(0), scope);
        Scope dataScope = dataScope(data, function);
        RelColumn time = args.size() > 1 ? descriptorColumns(args.get(1), dataScope).stream().findFirst().orElse(null)
                : null;
        ExprCtx ctx = new ExprCtx(false);
        for (int i = 2; i < args.size(); i++) {
            typer.type(args.get(i), scope, ctx);
        }
        if (!args.isEmpty() && args.get(0).getKind() == SqlKind.SET_SEMANTICS_TABLE) {
            typer.type(((SqlCall) args.get(0)).operand(1), dataScope, ctx);
        }
        List<RelColumn> columns = new ArrayList<>(data.columns.size() + 3);
        for (RelColumn column : data.columns) {
            boolean isTime = time != null && column.name().equals(time.name());
            columns.add(isTime ? column.withType(column.type().withoutTimeAttribute()) : column);
        }
        FlinkType timeType = time == null ? Inputs.DEFAULT_EVENT_TIME : time.type();
        List<ColumnRef> lineage = time == null ? List.of() : time.lineage();
        FlinkType bound = (timeType.root() == Root.TIMESTAMP_LTZ ? FlinkType.timestampLtz(3) : FlinkType.timestamp(3))
                .notNull();
        FlinkType windowTime = timeType.timeAttribute() == TimeAttribute.PROCTIME ? Inputs.PROCTIME
                : bound.withTimeAttribute(TimeAttribute.ROWTIME);
        boolean inferred = time == null || time.inferred();
        columns.add(new RelColumn("window_start", bound, true, lineage, RelColumn.WindowProperty.START));
        columns.add(new RelColumn("window_end", bound, true, lineage, RelColumn.WindowProperty.END));
        columns.add(new RelColumn("window_time", windowTime, inferred, lineage, RelColumn.WindowProperty.TIME));
        return new Relation(columns, data.openInputs, data.opaque, data.opaqueLineage, data.updatingReasons, null);
    }

    /** ML_PREDICT(TABLE t, MODEL m, DESCRIPTOR(cols)) adds the model outputs to t; ML_PREDICT('m', cols) is them. */
    private Relation ml(SqlCall function, String name, Scope scope) {
        state.features.record(name.equals("ML_PREDICT") ? SqlFeature.ML_PREDICT : SqlFeature.ML_EVALUATE,
                function.getParserPosition());
        List<SqlNode> args = arguments(function);
        boolean tableForm = !args.isEmpty() && (args.get(0).getKind() == SqlKind.EXPLICIT_TABLE
                || args.get(0).getKind() == SqlKind.SET_SEMANTICS_TABLE || args.get(0).getKind().belongsTo(SqlKind.QUERY));
        Relation data = tableForm ? data(args.get(0), scope) : Relation.of(List.of(), List.of());
        String model = args.size() > (tableForm ? 1 : 0) ? CallTyper.modelName(args.get(tableForm ? 1 : 0)) : null;
        List<ColumnRef> lineage = new ArrayList<>();
        ExprCtx ctx = new ExprCtx(false);
        if (tableForm) {
            Scope dataScope = dataScope(data, function);
            for (int i = 2; i < args.size(); i++) {
                if (isDescriptor(args.get(i))) {
                    descriptorColumns(args.get(i), dataScope).forEach(c -> lineage.addAll(c.lineage()));
                } else {
                    typer.type(args.get(i), scope, ctx);
                }
            }
        } else {
            for (int i = model == null ? 0 : 1; i < args.size(); i++) {
                typer.type(args.get(i), scope, ctx);
            }
            lineage.addAll(ctx.lineage);
        }
        List<InputColumn> outputs = model == null ? null : state.catalog.mlOutputsOf(model);
        state.mlUses.add(new MlModelUse(name, model, outputs != null, function.getParserPosition().getLineNum(),
                function.getParserPosition().getColumnNum()));
        List<RelColumn> columns = new ArrayList<>(data.columns);
        if (outputs == null) {
            List<ColumnRef> opaqueLineage = new ArrayList<>(data.opaqueLineage);
            opaqueLineage.addAll(lineage);
            return new Relation(columns, data.openInputs, true, opaqueLineage, data.updatingReasons, null);
        }
        boolean typed = MlOutputs.allTyped(outputs);
        for (FlinkType.Field field : MlOutputs.fields(outputs)) {
            columns.add(new RelColumn(field.name(), field.type(), typed, lineage, RelColumn.WindowProperty.NONE));
        }
        return new Relation(columns, data.openInputs, data.opaque, data.opaqueLineage, data.updatingReasons, null);
    }

    /** The table argument of a TVF: {@code TABLE t} (t read entirely), {@code TABLE t PARTITION BY k}, a query. */
    private Relation data(SqlNode argument, Scope scope) {
        SqlNode node = argument.getKind() == SqlKind.SET_SEMANTICS_TABLE ? ((SqlCall) argument).operand(0) : argument;
        if (node.getKind() == SqlKind.EXPLICIT_TABLE) {
            SqlNode table = ((SqlCall) node).operand(0);
            Relation relation = from.tableRelation(table);
            InputRelation input = table instanceof SqlIdentifier id && walker.cte(String.join(".", id.names)) == null
                    ? state.catalog.table(String.join(".", id.names)) : null;
            if (input != null) {
                state.usage.allColumnsRead(input, relation);
            }
            return relation;
        }
        return walker.query(node, scope.parent);
    }

    /** A scope of the TVF's table alone, to resolve DESCRIPTOR and PARTITION BY columns. */
    private static Scope dataScope(Relation data, SqlCall function) {
        Scope scope = new Scope(null);
        scope.entries.add(new Scope.Entry("TABLE", data, false, null, function.getParserPosition()));
        return scope;
    }

    private List<RelColumn> descriptorColumns(SqlNode descriptor, Scope dataScope) {
        List<RelColumn> columns = new ArrayList<>();
        if (isDescriptor(descriptor)) {
            for (SqlNode operand : ((SqlCall) descriptor).getOperandList()) {
                if (operand instanceof SqlIdentifier id) {
                    Resolved resolved = state.resolver.resolve(id, dataScope);
                    if (resolved != null) {
                        columns.add(resolved.column());
                    }
                }
            }
        }
        return columns;
    }

    private static boolean isDescriptor(SqlNode node) {
        return node instanceof SqlCall call && call.getOperator().getName().equalsIgnoreCase("DESCRIPTOR");
    }

    /** The arguments, with named ones ({@code SIZE => ...}) unwrapped, in written order. */
    private static List<SqlNode> arguments(SqlCall function) {
        List<SqlNode> args = new ArrayList<>(function.operandCount());
        for (SqlNode operand : function.getOperandList()) {
            if (operand != null) {
                args.add(operand.getKind() == SqlKind.ARGUMENT_ASSIGNMENT ? ((SqlCall) operand).operand(0) : operand);
            }
        }
        return args;
    }

    /** {@code UNNEST(array)}: the element (the fields of a ROW element; KEY and VALUE of a MAP). */
    Relation unnest(SqlCall call, Scope scope) {
        state.features.record(SqlFeature.UNNEST, call.getParserPosition());
        List<RelColumn> columns = new ArrayList<>();
        for (SqlNode operand : call.getOperandList()) {
            ExprCtx ctx = new ExprCtx(false);
            Typed typed = typer.type(operand, scope, ctx);
            List<ColumnRef> lineage = new ArrayList<>(ctx.lineage);
            FlinkType type = typed.type();
            if ((type.root() == Root.ARRAY || type.root() == Root.MULTISET)
                    && type.elements().get(0).root() == Root.ROW) {
                for (FlinkType.Field field : type.elements().get(0).fields()) {
                    columns.add(column(field.name(), field.type(), typed.inferred(), lineage));
                }
            } else if (type.root() == Root.ARRAY || type.root() == Root.MULTISET) {
                columns.add(column("EXPR$" + columns.size(), type.elements().get(0), typed.inferred(), lineage));
            } else if (type.root() == Root.MAP) {
                columns.add(column("KEY", type.elements().get(0), typed.inferred(), lineage));
                columns.add(column("VALUE", type.elements().get(1), typed.inferred(), lineage));
            } else {
                columns.add(column("EXPR$" + columns.size(), FlinkType.STRING, false, lineage));
            }
        }
        if (call.getOperator() instanceof SqlUnnestOperator unnest && unnest.withOrdinality) {
            columns.add(column("ORDINALITY", FlinkType.INT.notNull(), true, List.of()));
        }
        return Relation.of(columns, List.of());
    }

    /** MATCH_RECOGNIZE (ONE ROW PER MATCH): the partition columns, then the measures. */
    Relation matchRecognize(SqlNode node, Scope scope) {
        SqlMatchRecognize match = (SqlMatchRecognize) node;
        state.features.record(SqlFeature.MATCH_RECOGNIZE, node.getParserPosition());
        FromResolver.Result input = new FromResolver.Result(new Scope(scope.parent, true));
        List<String> updating = from.item(match.getTableRef(), input, false);
        Scope pattern = input.scope;
        ExprCtx ctx = new ExprCtx(false);
        List<RelColumn> columns = new ArrayList<>();
        for (SqlNode key : list(match.getPartitionList())) {
            ctx.newItem();
            Resolved resolved = key instanceof SqlIdentifier id ? typer.resolve(id, pattern, ctx) : null;
            if (resolved != null) {
                columns.add(resolved.column().renamed(((SqlIdentifier) key).names.get(((SqlIdentifier) key).names
                        .size() - 1)));
            }
        }
        typer.type(list(match.getOrderList()), pattern, ctx);
        typer.type(list(match.getPatternDefList()), pattern, ctx);
        for (SqlNode measure : list(match.getMeasureList())) {
            ctx.newItem();
            Typed typed = typer.type(measure, pattern, ctx);
            columns.add(column(Names.derive(measure, columns.size()), typed.type(), typed.inferred(),
                    new ArrayList<>(ctx.lineage)));
        }
        return Relation.of(columns, updating);
    }

    private static SqlNodeList list(SqlNodeList list) {
        return list == null ? SqlNodeList.EMPTY : list;
    }

    /** An opaque relation (unknown columns allowed) whose columns come from these input columns. */
    private static Relation opaque(List<ColumnRef> lineage, List<String> updating) {
        return new Relation(List.of(), List.of(), true, lineage, updating, null);
    }

    /** An opaque relation given column names by an alias list ({@code AS T(a, b)}): STRING columns, not inferred. */
    static Relation named(Relation opaque, SqlNodeList names) {
        List<RelColumn> columns = new ArrayList<>(names.size());
        for (SqlNode name : names) {
            columns.add(column(((SqlIdentifier) name).getSimple(), FlinkType.STRING, false, opaque.opaqueLineage));
        }
        return Relation.of(columns, opaque.updatingReasons);
    }

    private static RelColumn column(String name, FlinkType type, boolean inferred, List<ColumnRef> lineage) {
        return new RelColumn(name, type, inferred, lineage, RelColumn.WindowProperty.NONE);
    }
}
