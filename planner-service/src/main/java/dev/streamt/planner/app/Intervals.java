package dev.streamt.planner.app;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the drift interval: {@code off}, an ISO-8601 duration or a number with a unit (ms, s, m, h, d). */
final class Intervals {

    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private Intervals() {
    }

    /** The interval, or empty for {@code off}. */
    static Optional<Duration> parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.equals("off") || value.equals("false") || value.equals("0")) {
            return Optional.empty();
        }
        Duration duration;
        if (value.startsWith("p")) {
            duration = Duration.parse(value.toUpperCase(Locale.ROOT));
        } else {
            Matcher m = SHORT.matcher(value);
            if (!m.matches()) {
                throw new IllegalArgumentException("streamt.planner.drift.interval must be 'off', a duration like "
                        + "'5m' or 'PT5M', got '" + text + "'");
            }
            long amount = Long.parseLong(m.group(1));
            duration = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        return duration.isZero() || duration.isNegative() ? Optional.empty() : Optional.of(duration);
    }
}
