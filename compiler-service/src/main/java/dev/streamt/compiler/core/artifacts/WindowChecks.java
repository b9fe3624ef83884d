package dev.streamt.compiler.core.artifacts;

import dev.streamt.compiler.core.project.Assertion;
import dev.streamt.compiler.core.sql.types.FlinkType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Continuous checks over tumbling windows (window TVFs, so they emit once per window, append-only), on the tested
 * table's event time when it has a watermark, else on processing time:
 * <ul>
 * <li>{@code unique_key} (window {@code window}, default 1 h): with tolerance 0, every key seen more than once in a
 * window; with a tolerance, every window whose share of duplicate rows ({@code 1 - distinct keys / rows}; a
 * composite key is compared as its columns' text joined by {@code |}) exceeds it;</li>
 * <li>{@code foreign_key} (window {@code window}, default 1 h): every row whose {@code column} has no row with that
 * {@code ref_key} in {@code ref_model} in the same window (a window LEFT JOIN). It needs event time on both sides
 * and runs only with {@code match_rate} absent or 1: a rate below 1 is a sample test;</li>
 * <li>{@code throughput}: every 1-minute window whose rows per second fall below {@code min_per_second} or above
 * {@code max_per_second} (a window without any row emits nothing, so a stopped stream is not reported here);</li>
 * <li>{@code distribution} (1 h windows): every window where a bucket's share of rows
 * ({@code min <= value < max}) is further than {@code tolerance} (default 0) from {@code expected_ratio}.</li>
 * </ul>
 * A table with a column named {@code window_start}, {@code window_end} or {@code window_time} (a windowed model) gets
 * no windowed check: the window functions' own columns would be ambiguous. Stateless and thread-safe.
 */
final class WindowChecks {

    static final Duration DEFAULT_WINDOW = Duration.ofHours(1);
    static final Duration THROUGHPUT_WINDOW = Duration.ofMinutes(1);

    private WindowChecks() {
    }

    /** Whether the assertion runs over windows (the tested table needs a time attribute). */
    static boolean windowed(Assertion assertion) {
        return assertion instanceof Assertion.UniqueKey || assertion instanceof Assertion.ForeignKey
                || assertion instanceof Assertion.Throughput || assertion instanceof Assertion.Distribution;
    }

    /**
     * The violations of a windowed assertion.
     *
     * @param table the tested table, with its time attribute
     * @param reference the table {@code ref_model} of a foreign key (with its time attribute), or null
     */
    static List<Violation> of(Assertion assertion, TestTable table, TestTable reference) {
        List<Violation> violations = new ArrayList<>();
        if (!table.windowable() || reference != null && !reference.windowable()) {
            return violations;
        }
        if (assertion instanceof Assertion.UniqueKey unique && !unique.key().isEmpty()) {
            violations.add(uniqueKey(unique, table));
        } else if (assertion instanceof Assertion.ForeignKey foreign && foreign.column() != null && reference != null
                && table.eventTime() && reference.eventTime()
                && (foreign.matchRate() == null || foreign.matchRate() >= 1.0)) {
            violations.add(foreignKey(foreign, table, reference));
        } else if (assertion instanceof Assertion.Throughput throughput
                && (throughput.minPerSecond() != null || throughput.maxPerSecond() != null)) {
            violations.add(throughput(throughput, table));
        } else if (assertion instanceof Assertion.Distribution distribution && distribution.column() != null) {
            for (Assertion.Bucket bucket : distribution.buckets()) {
                if (bucket.expectedRatio() != null) {
                    violations.add(bucket(distribution.column(), bucket, table));
                }
            }
        }
        return violations;
    }

    /** {@code TABLE(TUMBLE(TABLE t, DESCRIPTOR(time), size))}. */
    static String tumble(TestTable table, Duration size) {
        return "TABLE(TUMBLE(TABLE " + Sql.ident(table.name()) + ", DESCRIPTOR(" + Sql.ident(table.timeColumn())
                + "), " + Sql.interval(size.toMillis()) + "))";
    }

    private static Violation uniqueKey(Assertion.UniqueKey unique, TestTable table) {
        Duration size = window(unique.window());
        List<String> pairs = new ArrayList<>();
        for (String key : unique.key()) {
            pairs.add("KEY " + Sql.literal(key) + " VALUE " + TestTable.jsonValue(Sql.ident(key), table.type(key)));
        }
        String windowKeys = "`window_start`, `window_end`";
        if (unique.tolerance() <= 0) {
            pairs.add("KEY 'count' VALUE COUNT(*)");
            pairs.addAll(windowPairs());
            String message = "CONCAT(" + Sql.literal("key " + unique.key() + " seen ") + ", CAST(COUNT(*) AS STRING), "
                    + Sql.literal(" times in one window") + ")";
            return new Violation("unique_key", message, TestTable.jsonObject(pairs), tumble(table, size), null,
                    windowKeys + ", " + Sql.identList(unique.key()), "COUNT(*) > 1");
        }
        String distinct = "COUNT(DISTINCT " + keyText(unique.key()) + ")";
        String share = "CAST(COUNT(*) - " + distinct + " AS DOUBLE) / COUNT(*)";
        List<String> stats = new ArrayList<>(List.of("KEY 'count' VALUE COUNT(*)", "KEY 'distinct_keys' VALUE "
                + distinct, "KEY 'duplicate_share' VALUE " + share));
        stats.addAll(windowPairs());
        return new Violation("unique_key", Sql.string("share of duplicate " + unique.key() + " above "
                + unique.tolerance()), TestTable.jsonObject(stats), tumble(table, size), null, windowKeys,
                share + " > " + unique.tolerance());
    }

    private static String keyText(List<String> key) {
        if (key.size() == 1) {
            return Sql.ident(key.get(0));
        }
        List<String> parts = new ArrayList<>(key.size());
        key.forEach(column -> parts.add("CAST(" + Sql.ident(column) + " AS STRING)"));
        return "CONCAT_WS('|', " + String.join(", ", parts) + ")";
    }

    private static Violation foreignKey(Assertion.ForeignKey foreign, TestTable table, TestTable reference) {
        Duration size = window(foreign.window());
        String refKey = foreign.refKey() != null ? foreign.refKey() : foreign.column();
        String from = "(SELECT * FROM " + tumble(table, size) + ") AS `l`\nLEFT JOIN (SELECT * FROM "
                + tumble(reference, size) + ") AS `r`\n  ON `l`." + Sql.ident(foreign.column()) + " = `r`."
                + Sql.ident(refKey) + " AND `l`.`window_start` = `r`.`window_start`"
                + " AND `l`.`window_end` = `r`.`window_end`";
        return Violation.rows("foreign_key", Sql.string("column " + foreign.column() + " has no match in "
                + foreign.refModel() + "." + refKey + " within the window"), table.rowJson("l"), from,
                "`r`.`window_start` IS NULL AND `l`." + Sql.ident(foreign.column()) + " IS NOT NULL");
    }

    private static Violation throughput(Assertion.Throughput throughput, TestTable table) {
        String rate = "CAST(COUNT(*) AS DOUBLE) / " + THROUGHPUT_WINDOW.toSeconds();
        List<String> outside = new ArrayList<>(2);
        if (throughput.minPerSecond() != null) {
            outside.add(rate + " < " + throughput.minPerSecond().toPlainString());
        }
        if (throughput.maxPerSecond() != null) {
            outside.add(rate + " > " + throughput.maxPerSecond().toPlainString());
        }
        List<String> stats = new ArrayList<>(List.of("KEY 'count' VALUE COUNT(*)", "KEY 'per_second' VALUE " + rate));
        stats.addAll(windowPairs());
        return new Violation("throughput", Sql.string("rows per second outside [" + bound(throughput.minPerSecond())
                + ", " + bound(throughput.maxPerSecond()) + "]"), TestTable.jsonObject(stats),
                tumble(table, THROUGHPUT_WINDOW), null, "`window_start`, `window_end`", String.join(" OR ", outside));
    }

    private static Violation bucket(String column, Assertion.Bucket bucket, TestTable table) {
        FlinkType type = table.type(column);
        String value = type != null && type.isNumeric() ? Sql.ident(column)
                : "TRY_CAST(" + Sql.ident(column) + " AS DOUBLE)";
        List<String> inside = new ArrayList<>(2);
        if (bucket.min() != null) {
            inside.add(value + " >= " + bucket.min().toPlainString());
        }
        if (bucket.max() != null) {
            inside.add(value + " < " + bucket.max().toPlainString());
        }
        String condition = inside.isEmpty() ? value + " IS NOT NULL" : String.join(" AND ", inside);
        String share = "CAST(SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END) AS DOUBLE) / COUNT(*)";
        BigDecimal tolerance = bucket.tolerance() == null ? BigDecimal.ZERO : bucket.tolerance();
        List<String> stats = new ArrayList<>(List.of("KEY 'count' VALUE COUNT(*)", "KEY 'share' VALUE " + share,
                "KEY 'expected_ratio' VALUE " + bucket.expectedRatio().toPlainString()));
        stats.addAll(windowPairs());
        return new Violation("distribution", Sql.string("share of " + column + " in [" + bound(bucket.min()) + ", "
                + bound(bucket.max()) + ") is not " + bucket.expectedRatio().toPlainString() + " +/- "
                + tolerance.toPlainString()), TestTable.jsonObject(stats), tumble(table, DEFAULT_WINDOW), null,
                "`window_start`, `window_end`", "ABS(" + share + " - " + bucket.expectedRatio().toPlainString()
                        + ") > " + tolerance.toPlainString());
    }

    private static List<String> windowPairs() {
        return List.of("KEY 'window_start' VALUE CAST(`window_start` AS STRING)",
                "KEY 'window_end' VALUE CAST(`window_end` AS STRING)");
    }

    private static Duration window(Duration window) {
        return window == null || window.isZero() || window.isNegative() ? DEFAULT_WINDOW : window;
    }

    private static String bound(BigDecimal value) {
        return value == null ? "-" : value.toPlainString();
    }
}
