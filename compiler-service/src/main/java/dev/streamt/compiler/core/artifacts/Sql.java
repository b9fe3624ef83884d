package dev.streamt.compiler.core.artifacts;

import java.util.Iterator;
import java.util.Map;

/**
 * Flink SQL text helpers shared by the generators: backticked identifiers, string literals, {@code WITH} clauses,
 * {@code SET} statements and durations. Every name the compiler writes into SQL goes through {@link #ident} and every
 * value through {@link #literal}, so no project value can change the shape of a generated statement. Stateless and
 * thread-safe.
 */
final class Sql {

    private Sql() {
    }

    /** A Flink identifier in backticks, backticks inside doubled. */
    static String ident(String name) {
        return '`' + name.replace("`", "``") + '`';
    }

    /** A SQL string literal, single quotes inside doubled; {@code ${VAR}} placeholders stay as written. */
    static String literal(String value) {
        return '\'' + value.replace("'", "''") + '\'';
    }

    /**
     * A string literal typed {@code STRING}: plain literals are {@code CHAR(n)}, and a UNION ALL of CHARs of different
     * lengths would pad the shorter ones with blanks.
     */
    static String string(String value) {
        return "CAST(" + literal(value) + " AS STRING)";
    }

    /** {@code SET 'key' = 'value'}. */
    static String set(String key, String value) {
        return "SET " + literal(key) + " = " + literal(value);
    }

    /** A Flink duration in milliseconds, {@code '<n> ms'} (Flink compares durations by length, not spelling). */
    static String millis(long ms) {
        return ms + " ms";
    }

    /**
     * An interval literal of {@code ms} milliseconds that Flink's validator accepts: a single unit whose value fits
     * the default leading precision of 2 digits ({@code INTERVAL '5' SECOND}, {@code INTERVAL '1.500' SECOND},
     * {@code INTERVAL '2' HOUR}), else the exact {@code INTERVAL 'd hh:mm:ss.fff' DAY TO SECOND(3)} ({@code '150'
     * SECOND} would exceed the precision and fail when the job is planned).
     */
    static String interval(long ms) {
        long[] units = {86_400_000L, 3_600_000L, 60_000L};
        String[] names = {"DAY", "HOUR", "MINUTE"};
        for (int i = 0; i < units.length; i++) {
            if (ms > 0 && ms % units[i] == 0 && ms / units[i] < 100) {
                return "INTERVAL " + literal(Long.toString(ms / units[i])) + " " + names[i];
            }
        }
        if (ms < 100_000L) {
            long rest = ms % 1000;
            String seconds = rest == 0 ? Long.toString(ms / 1000) : ms / 1000 + "." + String.format("%03d", rest);
            return "INTERVAL " + literal(seconds) + " SECOND";
        }
        long days = ms / 86_400_000L;
        long hours = ms / 3_600_000L % 24;
        long minutes = ms / 60_000L % 60;
        long seconds = ms / 1000 % 60;
        String text = String.format("%d %02d:%02d:%02d.%03d", days, hours, minutes, seconds, ms % 1000);
        return "INTERVAL " + literal(text) + " DAY(" + Math.max(2, Long.toString(days).length()) + ") TO SECOND(3)";
    }

    /** {@code WITH (\n  'k' = 'v',\n  ...\n)}, options in the map's iteration order. */
    static String with(Map<String, String> options) {
        StringBuilder out = new StringBuilder(32 + options.size() * 40).append("WITH (\n");
        Iterator<Map.Entry<String, String>> it = options.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, String> option = it.next();
            out.append("  ").append(literal(option.getKey())).append(" = ").append(literal(option.getValue()));
            out.append(it.hasNext() ? ",\n" : "\n");
        }
        return out.append(')').toString();
    }

    /** The identifiers, backticked and comma-separated. */
    static String identList(Iterable<String> names) {
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(ident(name));
        }
        return out.toString();
    }
}
