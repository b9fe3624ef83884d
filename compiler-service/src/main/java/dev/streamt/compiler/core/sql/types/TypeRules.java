package dev.streamt.compiler.core.sql.types;

import dev.streamt.compiler.core.sql.types.FlinkType.Field;
import dev.streamt.compiler.core.sql.types.FlinkType.Root;
import java.util.ArrayList;
import java.util.List;

/**
 * Flink's type derivation rules for the expressions the analyzer types: the least restrictive common type (CASE,
 * COALESCE, UNION, IN), numeric widening and DECIMAL precision/scale of arithmetic, SUM/AVG result types. They follow
 * Flink's {@code LogicalTypeMerging} (decimal rules adopted from SQL Server, scale reduced beyond precision 38). Every
 * method returns null when Flink would reject the combination. Stateless and thread-safe.
 */
public final class TypeRules {

    private static final int MIN_ADJUSTED_SCALE = 6;

    private TypeRules() {
    }

    /** The least restrictive type of all, nullable when any is; null when there is none. */
    public static FlinkType commonType(List<FlinkType> types) {
        FlinkType result = null;
        boolean nullable = false;
        for (FlinkType type : types) {
            nullable |= type.nullable();
            if (type.root() == Root.NULL) {
                continue;
            }
            FlinkType plain = type.withNullable(true).withoutTimeAttribute();
            result = result == null ? plain : common(result, plain);
            if (result == null) {
                return null;
            }
        }
        return result == null ? FlinkType.NULL : result.withNullable(nullable);
    }

    public static FlinkType commonType(FlinkType a, FlinkType b) {
        return commonType(List.of(a, b));
    }

    private static FlinkType common(FlinkType a, FlinkType b) {
        if (a.equals(b)) {
            return a;
        }
        if (a.isCharacterString() && b.isCharacterString() || a.isBinaryString() && b.isBinaryString()) {
            return commonString(a, b);
        }
        if (a.isNumeric() && b.isNumeric()) {
            return commonNumeric(a, b);
        }
        if (a.root() == Root.TIME && b.root() == Root.TIME) {
            return FlinkType.of(Root.TIME, Math.max(a.precision(), b.precision()), 0);
        }
        if (a.isTimestamp() && b.isTimestamp()) {
            Root root = a.root() == Root.TIMESTAMP_TZ || b.root() == Root.TIMESTAMP_TZ ? Root.TIMESTAMP_TZ
                    : a.root() == Root.TIMESTAMP_LTZ || b.root() == Root.TIMESTAMP_LTZ ? Root.TIMESTAMP_LTZ
                    : Root.TIMESTAMP;
            return FlinkType.of(root, Math.max(a.precision(), b.precision()), 0);
        }
        if (a.root() != b.root()) {
            return null;
        }
        return switch (a.root()) {
            case ARRAY, MULTISET, MAP -> commonChildren(a, b);
            case ROW -> commonRow(a, b);
            case INTERVAL_DAY_TIME, INTERVAL_YEAR_MONTH -> a;
            default -> null;
        };
    }

    private static FlinkType commonString(FlinkType a, FlinkType b) {
        int length = Math.max(a.precision(), b.precision());
        boolean character = a.isCharacterString();
        boolean fixed = (a.root() == Root.CHAR || a.root() == Root.BINARY)
                && (b.root() == Root.CHAR || b.root() == Root.BINARY) && a.precision() == b.precision();
        Root root = character ? (fixed ? Root.CHAR : Root.VARCHAR) : (fixed ? Root.BINARY : Root.VARBINARY);
        return FlinkType.of(root, length, 0);
    }

    private static FlinkType commonNumeric(FlinkType a, FlinkType b) {
        if (a.isApproximateNumeric() || b.isApproximateNumeric()) {
            boolean anyDecimal = a.root() == Root.DECIMAL || b.root() == Root.DECIMAL;
            boolean anyDouble = a.root() == Root.DOUBLE || b.root() == Root.DOUBLE;
            return anyDouble || anyDecimal ? FlinkType.DOUBLE : FlinkType.FLOAT;
        }
        if (a.root() != Root.DECIMAL && b.root() != Root.DECIMAL) {
            return a.root().ordinal() >= b.root().ordinal() ? a : b;
        }
        FlinkType da = asDecimal(a);
        FlinkType db = asDecimal(b);
        int digits = Math.min(Math.max(da.precision() - da.scale(), db.precision() - db.scale()),
                FlinkType.MAX_DECIMAL_PRECISION);
        int scale = Math.min(Math.max(da.scale(), db.scale()), FlinkType.MAX_DECIMAL_PRECISION - digits);
        return FlinkType.decimal(Math.max(digits + scale, 1), scale);
    }

    private static FlinkType commonChildren(FlinkType a, FlinkType b) {
        List<FlinkType> children = new ArrayList<>(a.elements().size());
        for (int i = 0; i < a.elements().size(); i++) {
            FlinkType child = commonType(a.elements().get(i), b.elements().get(i));
            if (child == null) {
                return null;
            }
            children.add(child);
        }
        return new FlinkType(a.root(), 0, 0, children, List.of(), true, FlinkType.TimeAttribute.NONE, "");
    }

    private static FlinkType commonRow(FlinkType a, FlinkType b) {
        if (a.fields().size() != b.fields().size()) {
            return null;
        }
        List<Field> fields = new ArrayList<>(a.fields().size());
        for (int i = 0; i < a.fields().size(); i++) {
            FlinkType child = commonType(a.fields().get(i).type(), b.fields().get(i).type());
            if (child == null) {
                return null;
            }
            Field field = a.fields().get(i);
            fields.add(new Field(field.name(), child, field.description()));
        }
        return FlinkType.row(fields);
    }

    /** The DECIMAL an exact numeric converts to: TINYINT → DECIMAL(3, 0), INT → DECIMAL(10, 0), ... */
    public static FlinkType asDecimal(FlinkType type) {
        return switch (type.root()) {
            case TINYINT -> FlinkType.decimal(3, 0);
            case SMALLINT -> FlinkType.decimal(5, 0);
            case INTEGER -> FlinkType.decimal(10, 0);
            case BIGINT -> FlinkType.decimal(19, 0);
            default -> type;
        };
    }

    /** {@code a + b} and {@code a - b}: numeric widening, DECIMAL addition, datetime ± interval. */
    public static FlinkType plus(FlinkType a, FlinkType b) {
        FlinkType result;
        if (a.isNumeric() && b.isNumeric()) {
            result = decimalInvolved(a, b) ? adjust(Math.max(dp(a) - ds(a), dp(b) - ds(b))
                    + Math.max(ds(a), ds(b)) + 1, Math.max(ds(a), ds(b))) : commonType(a, b);
        } else if (a.isDatetime() && (b.isInterval() || b.isExactNumeric())) {
            result = a.withoutTimeAttribute();
        } else if (a.isInterval() && b.isDatetime()) {
            result = b.withoutTimeAttribute();
        } else if (a.isInterval() && b.isInterval()) {
            result = commonType(a, b);
        } else {
            result = null;
        }
        return nullable(result, a, b);
    }

    /** {@code a * b}. */
    public static FlinkType times(FlinkType a, FlinkType b) {
        FlinkType result;
        if (a.isNumeric() && b.isNumeric()) {
            result = decimalInvolved(a, b) ? adjust(dp(a) + dp(b) + 1, ds(a) + ds(b)) : commonType(a, b);
        } else if (a.isInterval() && b.isNumeric()) {
            result = a;
        } else if (a.isNumeric() && b.isInterval()) {
            result = b;
        } else {
            result = null;
        }
        return nullable(result, a, b);
    }

    /** {@code a / b}: integer division stays integral, DECIMAL division keeps at least 6 fractional digits. */
    public static FlinkType divide(FlinkType a, FlinkType b) {
        FlinkType result;
        if (a.isNumeric() && b.isNumeric()) {
            if (decimalInvolved(a, b)) {
                int scale = Math.max(MIN_ADJUSTED_SCALE, ds(a) + dp(b) + 1);
                result = adjust(dp(a) - ds(a) + ds(b) + scale, scale);
            } else {
                result = commonType(a, b);
            }
        } else if (a.isInterval() && b.isNumeric()) {
            result = a;
        } else {
            result = null;
        }
        return nullable(result, a, b);
    }

    /** {@code MOD(a, b)} / {@code a % b}: the type of {@code b} for integers, DECIMAL modulo otherwise. */
    public static FlinkType mod(FlinkType a, FlinkType b) {
        FlinkType result;
        if (a.isExactNumeric() && b.isExactNumeric()) {
            result = decimalInvolved(a, b)
                    ? adjust(Math.min(dp(a) - ds(a), dp(b) - ds(b)) + Math.max(ds(a), ds(b)), Math.max(ds(a), ds(b)))
                    : b;
        } else if (a.isNumeric() && b.isNumeric()) {
            result = commonType(a, b);
        } else {
            result = null;
        }
        return nullable(result, a, b);
    }

    /** SUM: DECIMAL(38, s) for DECIMAL(p, s), else the argument type. */
    public static FlinkType sum(FlinkType argument) {
        FlinkType plain = argument.withoutTimeAttribute();
        return plain.root() == Root.DECIMAL ? FlinkType.decimal(FlinkType.MAX_DECIMAL_PRECISION, plain.scale())
                .withNullable(plain.nullable()) : plain;
    }

    /** AVG, STDDEV, VAR: DECIMAL(38, max(6, s)) for DECIMAL(p, s), else the argument type. */
    public static FlinkType average(FlinkType argument) {
        FlinkType plain = argument.withoutTimeAttribute();
        if (plain.root() != Root.DECIMAL) {
            return plain;
        }
        int scale = Math.max(MIN_ADJUSTED_SCALE, plain.scale() + 21);
        return adjust(FlinkType.MAX_DECIMAL_PRECISION - plain.scale() + scale, scale).withNullable(plain.nullable());
    }

    /** ROUND(DECIMAL(p, s), r). */
    public static FlinkType round(FlinkType argument, int digits) {
        if (argument.root() != Root.DECIMAL) {
            return argument.withoutTimeAttribute();
        }
        int p = argument.precision();
        int s = argument.scale();
        FlinkType result = digits >= s ? FlinkType.decimal(p, s)
                : digits < 0 ? FlinkType.decimal(Math.min(FlinkType.MAX_DECIMAL_PRECISION, 1 + p - s), 0)
                : FlinkType.decimal(Math.min(FlinkType.MAX_DECIMAL_PRECISION, 1 + p - s + digits), digits);
        return result.withNullable(argument.nullable());
    }

    private static boolean decimalInvolved(FlinkType a, FlinkType b) {
        return a.isExactNumeric() && b.isExactNumeric() && (a.root() == Root.DECIMAL || b.root() == Root.DECIMAL);
    }

    private static int dp(FlinkType type) {
        return asDecimal(type).precision();
    }

    private static int ds(FlinkType type) {
        return asDecimal(type).scale();
    }

    /** DECIMAL(p, s), reducing the scale (keeping at least 6 digits) when p exceeds 38. */
    private static FlinkType adjust(int precision, int scale) {
        if (precision <= FlinkType.MAX_DECIMAL_PRECISION) {
            return FlinkType.decimal(precision, scale);
        }
        int digits = precision - scale;
        int minScale = Math.min(scale, MIN_ADJUSTED_SCALE);
        int adjusted = Math.max(FlinkType.MAX_DECIMAL_PRECISION - digits, minScale);
        return FlinkType.decimal(FlinkType.MAX_DECIMAL_PRECISION, Math.min(adjusted, FlinkType.MAX_DECIMAL_PRECISION));
    }

    private static FlinkType nullable(FlinkType result, FlinkType a, FlinkType b) {
        return result == null ? null : result.withNullable(a.nullable() || b.nullable());
    }
}
