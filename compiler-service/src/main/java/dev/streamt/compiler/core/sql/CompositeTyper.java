package dev.streamt.compiler.core.sql;

import dev.streamt.compiler.core.sql.types.FlinkType.Field;
import dev.streamt.compiler.core.sql.types.FlinkType.Root;
import dev.streamt.compiler.core.sql.types.FlinkType;
import dev.streamt.compiler.core.sql.types.TypeRules;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.util.NlsString;

/**
 * Types composite values: ROW / ARRAY / MAP constructors, element and field access ({@code arr[1]},
 * {@code map['k']}, {@code (expr).field}, ROW field paths) and string concatenation ({@code ||}). Confined to one
 * analysis.
 */
final class CompositeTyper {

    private final ExpressionTyper typer;

    CompositeTyper(ExpressionTyper typer) {
        this.typer = typer;
    }

    Typed row(SqlCall call, Scope scope, ExprCtx ctx) {
        List<Field> fields = new ArrayList<>();
        boolean inferred = true;
        for (SqlNode operand : call.getOperandList()) {
            Typed typed = typer.type(operand, scope, ctx);
            inferred &= typed.inferred();
            fields.add(Field.of("EXPR$" + fields.size(), typed.type().withoutTimeAttribute()));
        }
        return new Typed(FlinkType.row(fields).notNull(), inferred);
    }

    Typed collection(SqlCall call, Scope scope, ExprCtx ctx) {
        List<FlinkType> keys = new ArrayList<>();
        List<FlinkType> values = new ArrayList<>();
        boolean inferred = true;
        boolean map = call.getKind() == SqlKind.MAP_VALUE_CONSTRUCTOR;
        List<SqlNode> operands = call.getOperandList();
        for (int i = 0; i < operands.size(); i++) {
            Typed typed = typer.type(operands.get(i), scope, ctx);
            inferred &= typed.inferred();
            (map && i % 2 == 0 ? keys : values).add(typed.type());
        }
        FlinkType value = values.isEmpty() ? FlinkType.NULL : TypeRules.commonType(values);
        FlinkType key = map ? (keys.isEmpty() ? FlinkType.NULL : TypeRules.commonType(keys)) : null;
        if (value == null || map && key == null) {
            return Typed.UNKNOWN;
        }
        FlinkType result = map ? FlinkType.map(key, value) : FlinkType.array(value);
        return new Typed(result.notNull(), inferred);
    }

    Typed item(SqlCall call, Scope scope, ExprCtx ctx) {
        Typed container = typer.type(call.operand(0), scope, ctx);
        SqlNode index = call.operand(1);
        typer.type(index, scope, ctx);
        FlinkType type = container.type();
        FlinkType result = null;
        if (type.root() == Root.ARRAY) {
            result = type.elements().get(0);
        } else if (type.root() == Root.MAP) {
            result = type.elements().get(1);
        } else if (type.root() == Root.ROW && index instanceof SqlCharStringLiteral name) {
            result = field(type, name.getValueAs(NlsString.class).getValue());
        }
        return result == null ? Typed.UNKNOWN : new Typed(result.withNullable(true), container.inferred());
    }

    Typed dot(SqlCall call, Scope scope, ExprCtx ctx) {
        Typed container = typer.type(call.operand(0), scope, ctx);
        SqlNode name = call.operand(1);
        FlinkType result = name instanceof SqlIdentifier id ? field(container.type(), id.getSimple()) : null;
        return result == null ? Typed.UNKNOWN : new Typed(result, container.inferred());
    }

    Typed concat(SqlCall call, Scope scope, ExprCtx ctx) {
        Typed left = typer.type(call.operand(0), scope, ctx);
        Typed right = typer.type(call.operand(1), scope, ctx);
        FlinkType a = left.type();
        FlinkType b = right.type();
        if (!(a.isCharacterString() || a.root() == Root.NULL) || !(b.isCharacterString() || b.root() == Root.NULL)) {
            return new Typed(FlinkType.STRING.withNullable(a.nullable() || b.nullable()), false);
        }
        long length = (long) a.precision() + b.precision();
        boolean bothChar = a.root() == Root.CHAR && b.root() == Root.CHAR;
        FlinkType result = length >= FlinkType.MAX_LENGTH ? FlinkType.STRING
                : bothChar ? FlinkType.chr((int) length) : FlinkType.varchar((int) Math.max(1, length));
        return new Typed(result.withNullable(a.nullable() || b.nullable()), left.inferred() && right.inferred());
    }

    /** The type reached by following ROW field names from {@code from} on; null when a field does not exist. */
    static FlinkType fieldPath(FlinkType type, List<String> names, int from) {
        FlinkType current = type;
        for (int i = from; i < names.size() && current != null; i++) {
            current = field(current, names.get(i));
        }
        return current;
    }

    /** The type of a ROW field (nullable when the row is), or null. */
    static FlinkType field(FlinkType row, String name) {
        if (row.root() != Root.ROW) {
            return null;
        }
        for (Field field : row.fields()) {
            if (field.name().equals(name)) {
                return row.nullable() ? field.type().withNullable(true) : field.type();
            }
        }
        return null;
    }
}
