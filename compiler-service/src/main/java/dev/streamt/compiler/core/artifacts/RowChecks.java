package dev.streamt.compiler.core.artifacts;

import dev.streamt.compiler.core.project.Assertion;
import dev.streamt.compiler.core.sql.types.FlinkType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Continuous checks of single rows, each compiled to "every row matching a condition is a violation":
 * <ul>
 * <li>{@code not_null}: one query per column, {@code c IS NULL};</li>
 * <li>{@code accepted_values}: {@code c IS NOT NULL AND c NOT IN (values)}, values written as the column's type
 * (strings for a character column, numbers for a numeric one with numeric values, booleans for a boolean one, else
 * the column's text against the values' text);</li>
 * <li>{@code range}: {@code c < min OR c > max} (a non-numeric column is read with {@code TRY_CAST(c AS DOUBLE)});</li>
 * <li>{@code accepted_types}: for a character column, a non-null value that {@code TRY_CAST} cannot read as the
 * accepted type (number: DOUBLE, int, bigint, boolean, timestamp: TIMESTAMP(3), date, time); a column of another
 * type has its type fixed by the table, which the schema test checks at compile time, so nothing runs for it;</li>
 * <li>{@code max_lag}: {@code TIMESTAMPDIFF(SECOND, c, now) > max_seconds}, now being LOCALTIMESTAMP for a
 * TIMESTAMP column, CURRENT_TIMESTAMP for TIMESTAMP_LTZ, epoch milliseconds for an integral column, and a character
 * column read with {@code TRY_CAST(c AS TIMESTAMP(3))}.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class RowChecks {

    private static final Map<String, String> TYPE_CASTS = Map.of("number", "DOUBLE", "int", "INT", "bigint", "BIGINT",
            "boolean", "BOOLEAN", "timestamp", "TIMESTAMP(3)", "date", "DATE", "time", "TIME(0)");

    private RowChecks() {
    }

    /** The violations of a row-level assertion; empty for other kinds. */
    static List<Violation> of(Assertion assertion, TestTable table) {
        List<Violation> violations = new ArrayList<>();
        String from = Sql.ident(table.name());
        String row = table.rowJson(null);
        if (assertion instanceof Assertion.NotNull notNull) {
            for (String column : notNull.columns()) {
                violations.add(Violation.rows("not_null", Sql.string("column " + column + " is null"), row, from,
                        Sql.ident(column) + " IS NULL"));
            }
        } else if (assertion instanceof Assertion.AcceptedValues accepted && accepted.column() != null) {
            violations.add(Violation.rows("accepted_values",
                    Sql.string("column " + accepted.column() + " has a value not in " + accepted.values()), row, from,
                    notIn(accepted.column(), table.type(accepted.column()), accepted.values())));
        } else if (assertion instanceof Assertion.Range range && range.column() != null
                && (range.min() != null || range.max() != null)) {
            String value = numeric(range.column(), table.type(range.column()));
            List<String> outside = new ArrayList<>(2);
            if (range.min() != null) {
                outside.add(value + " < " + range.min().toPlainString());
            }
            if (range.max() != null) {
                outside.add(value + " > " + range.max().toPlainString());
            }
            violations.add(Violation.rows("range", Sql.string("column " + range.column() + " is outside ["
                    + bound(range.min()) + ", " + bound(range.max()) + "]"), row, from, String.join(" OR ", outside)));
        } else if (assertion instanceof Assertion.AcceptedTypes types) {
            types.types().forEach((column, typeName) -> {
                String cast = TYPE_CASTS.get(typeName.toLowerCase(Locale.ROOT));
                FlinkType type = table.type(column);
                if (cast != null && type != null && type.isCharacterString()) {
                    String value = Sql.ident(column);
                    violations.add(Violation.rows("accepted_types", Sql.string("column " + column
                            + " is not of type " + typeName), row, from,
                            value + " IS NOT NULL AND TRY_CAST(" + value + " AS " + cast + ") IS NULL"));
                }
            });
        } else if (assertion instanceof Assertion.MaxLag lag && lag.column() != null && lag.maxSeconds() != null) {
            String seconds = lagSeconds(lag.column(), table.type(lag.column()));
            if (seconds != null) {
                String message = "CONCAT(" + Sql.literal("column " + lag.column() + " lags by ") + ", CAST("
                        + seconds + " AS STRING), " + Sql.literal(" s, more than " + lag.maxSeconds() + " s") + ")";
                violations.add(Violation.rows("max_lag", message, row, from, seconds + " > " + lag.maxSeconds()));
            }
        }
        return violations;
    }

    private static String bound(BigDecimal value) {
        return value == null ? "-" : value.toPlainString();
    }

    /** The column as a number. */
    private static String numeric(String column, FlinkType type) {
        return type != null && type.isNumeric() ? Sql.ident(column) : "TRY_CAST(" + Sql.ident(column) + " AS DOUBLE)";
    }

    /** The condition "a non-null value not among {@code values}", values written in the column's type. */
    static String notIn(String column, FlinkType type, List<Object> values) {
        String value = Sql.ident(column);
        if (values.isEmpty()) {
            return value + " IS NOT NULL";
        }
        boolean numbers = values.stream().allMatch(v -> v instanceof Number);
        boolean booleans = values.stream().allMatch(v -> v instanceof Boolean);
        String left;
        List<String> literals = new ArrayList<>(values.size());
        if (type != null && type.isNumeric() && numbers) {
            left = value;
            values.forEach(v -> literals.add(new BigDecimal(v.toString()).toPlainString()));
        } else if (type != null && type.root() == FlinkType.Root.BOOLEAN && booleans) {
            left = value;
            values.forEach(v -> literals.add(((Boolean) v) ? "TRUE" : "FALSE"));
        } else {
            left = type != null && type.isCharacterString() ? value : "CAST(" + value + " AS STRING)";
            values.forEach(v -> literals.add(Sql.literal(String.valueOf(v))));
        }
        return value + " IS NOT NULL AND " + left + " NOT IN (" + String.join(", ", literals) + ")";
    }

    /** Seconds from the column's time to now, or null when the column's type holds no time. */
    static String lagSeconds(String column, FlinkType type) {
        String value = Sql.ident(column);
        if (type == null || type.isCharacterString()) {
            return "TIMESTAMPDIFF(SECOND, TRY_CAST(" + value + " AS TIMESTAMP(3)), LOCALTIMESTAMP)";
        }
        if (type.root() == FlinkType.Root.TIMESTAMP) {
            return "TIMESTAMPDIFF(SECOND, " + value + ", LOCALTIMESTAMP)";
        }
        if (type.root() == FlinkType.Root.TIMESTAMP_LTZ) {
            return "TIMESTAMPDIFF(SECOND, " + value + ", CURRENT_TIMESTAMP)";
        }
        if (type.isIntegral()) {
            return "TIMESTAMPDIFF(SECOND, TO_TIMESTAMP_LTZ(" + value + ", 3), CURRENT_TIMESTAMP)";
        }
        return null;
    }
}
