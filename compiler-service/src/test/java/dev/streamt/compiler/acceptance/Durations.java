package dev.streamt.compiler.acceptance;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compares Flink duration option values by length ('1 h' equals '3600000 ms'); other values as text. */
final class Durations {

    private static final Pattern DURATION = Pattern.compile("^\\s*(\\d+)\\s*([a-z]*)\\s*$");

    private Durations() {
    }

    static boolean sameValue(String actual, String expected) {
        if (actual == null) {
            return false;
        }
        Long a = millis(actual);
        Long e = millis(expected);
        return a != null && e != null ? a.equals(e) : actual.trim().equals(expected.trim());
    }

    static Long millis(String text) {
        Matcher m = DURATION.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        long n = Long.parseLong(m.group(1));
        switch (m.group(2)) {
            case "", "ms", "milli", "millis", "millisecond", "milliseconds":
                return n;
            case "s", "sec", "secs", "second", "seconds":
                return n * 1000;
            case "min", "m", "minute", "minutes":
                return n * 60_000;
            case "h", "hour", "hours":
                return n * 3_600_000;
            case "d", "day", "days":
                return n * 86_400_000;
            default:
                return null;
        }
    }
}
