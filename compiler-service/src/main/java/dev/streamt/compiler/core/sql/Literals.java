package dev.streamt.compiler.core.sql;

import dev.streamt.compiler.core.sql.types.FlinkType.Root;
import dev.streamt.compiler.core.sql.types.FlinkType;
import java.math.BigDecimal;
import java.util.Locale;
import org.apache.calcite.sql.SqlBinaryStringLiteral;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlIntervalLiteral;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlUnknownLiteral;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.BitString;
import org.apache.calcite.util.NlsString;

/**
 * Types of literals as Flink types them: {@code 1} INT NOT NULL (BIGINT beyond the INT range), {@code 1.5}
 * DECIMAL(2, 1) NOT NULL, {@code 1E3} DOUBLE NOT NULL, {@code 'EU'} CHAR(2) NOT NULL ({@code ''} STRING NOT NULL, as
 * CHAR(0) cannot be declared), {@code X'AB'} BINARY(1) NOT NULL, {@code DATE '...'} DATE NOT NULL,
 * {@code TIMESTAMP '... .12'} TIMESTAMP(2) NOT NULL, intervals INTERVAL SECOND(3) / INTERVAL MONTH NOT NULL, NULL the
 * NULL type. Stateless and thread-safe.
 */
final class Literals {

    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private Literals() {
    }

    /** The literal's type, or null for a symbol (a keyword operand like TRIM's BOTH), which is not a value. */
    static Typed type(SqlLiteral literal) {
        if (literal instanceof SqlNumericLiteral numeric) {
            return Typed.of(numeric(numeric).notNull());
        }
        if (literal instanceof SqlCharStringLiteral) {
            int length = literal.getValueAs(NlsString.class).getValue().length();
            return Typed.of((length == 0 ? FlinkType.STRING : FlinkType.chr(length)).notNull());
        }
        if (literal instanceof SqlBinaryStringLiteral) {
            int bytes = Math.max(1, (literal.getValueAs(BitString.class).getBitCount() + 7) / 8);
            return Typed.of(FlinkType.of(Root.BINARY, bytes, 0).notNull());
        }
        if (literal instanceof SqlIntervalLiteral interval) {
            boolean yearMonth = ((SqlIntervalLiteral.IntervalValue) interval.getValue()).getIntervalQualifier()
                    .isYearMonth();
            return Typed.of((yearMonth ? FlinkType.INTERVAL_MONTH : FlinkType.INTERVAL_SECOND).notNull());
        }
        if (literal instanceof SqlUnknownLiteral unknown) {
            return dateTime(unknown.tag, unknown.getValue());
        }
        SqlTypeName typeName = literal.getTypeName();
        return switch (typeName) {
            case BOOLEAN -> Typed.of(FlinkType.BOOLEAN.notNull());
            case NULL -> Typed.of(FlinkType.NULL);
            case SYMBOL -> null;
            case DATE -> Typed.of(FlinkType.DATE.notNull());
            case TIME -> Typed.of(FlinkType.of(Root.TIME, 0, 0).notNull());
            case TIMESTAMP -> Typed.of(FlinkType.timestamp(0).notNull());
            default -> Typed.UNKNOWN;
        };
    }

    private static FlinkType numeric(SqlNumericLiteral literal) {
        if (!literal.isExact()) {
            return FlinkType.DOUBLE;
        }
        BigDecimal value = literal.getValueAs(BigDecimal.class);
        Integer scale = literal.getScale();
        if (scale == null || scale == 0) {
            if (value.compareTo(INT_MIN) >= 0 && value.compareTo(INT_MAX) <= 0) {
                return FlinkType.INT;
            }
            if (value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0) {
                return FlinkType.BIGINT;
            }
            return FlinkType.decimal(Math.min(FlinkType.MAX_DECIMAL_PRECISION, value.precision()), 0);
        }
        int precision = literal.getPrec() == null ? value.precision() : literal.getPrec();
        precision = Math.min(FlinkType.MAX_DECIMAL_PRECISION, Math.max(precision, scale));
        return FlinkType.decimal(precision, Math.min(scale, precision));
    }

    private static Typed dateTime(String tag, String value) {
        String upper = tag == null ? "" : tag.toUpperCase(Locale.ROOT);
        int fraction = fractionDigits(value);
        if (upper.equals("DATE")) {
            return Typed.of(FlinkType.DATE.notNull());
        }
        if (upper.equals("TIME")) {
            return Typed.of(FlinkType.of(Root.TIME, fraction, 0).notNull());
        }
        if (upper.equals("TIMESTAMP")) {
            return Typed.of(FlinkType.timestamp(fraction).notNull());
        }
        if (upper.startsWith("TIMESTAMP") && upper.contains("LOCAL")) {
            return Typed.of(FlinkType.timestampLtz(fraction).notNull());
        }
        return Typed.UNKNOWN;
    }

    /** Digits after the last '.' of a time value (0 when none), at most 9. */
    private static int fractionDigits(String value) {
        if (value == null) {
            return 0;
        }
        int dot = value.lastIndexOf('.');
        if (dot < 0 || value.indexOf(':') < 0) {
            return 0;
        }
        int digits = 0;
        for (int i = dot + 1; i < value.length() && Character.isDigit(value.charAt(i)); i++) {
            digits++;
        }
        return Math.min(digits, 9);
    }
}
