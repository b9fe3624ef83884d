package dev.streamt.planner.target.kafka;

import dev.streamt.runtime.secrets.Placeholders;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Topic config values compared by meaning, not spelling: {@code " 604800000 "}, {@code "604800000"} and
 * {@code "6.048E8"} are the same retention; {@code "TRUE"} is {@code "true"}; {@code "compact,delete"} is
 * {@code "delete, compact"}. Without this a project that writes its YAML differently from how Kafka reports the value
 * would see an update on every plan. Static helpers only.
 */
public final class ConfigValues {

    /** Config keys whose value is a list where order does not matter. */
    static final Set<String> LIST_KEYS = Set.of("cleanup.policy", "leader.replication.throttled.replicas",
            "follower.replication.throttled.replicas");

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private ConfigValues() {
    }

    /** The canonical form of {@code value} for {@code key}; null stays null. */
    public static String normalise(String key, String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        if (LIST_KEYS.contains(key)) {
            Set<String> items = new TreeSet<>();
            Arrays.stream(trimmed.split(",")).map(String::trim).filter(item -> !item.isEmpty())
                    .map(item -> item.toLowerCase(Locale.ROOT)).forEach(items::add);
            return String.join(",", items);
        }
        if (trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false")) {
            return trimmed.toLowerCase(Locale.ROOT);
        }
        if (NUMBER.matcher(trimmed).matches()) {
            return new BigDecimal(trimmed).stripTrailingZeros().toPlainString();
        }
        return trimmed;
    }

    /** Whether two values mean the same for {@code key}. */
    public static boolean same(String key, String a, String b) {
        String left = normalise(key, a);
        String right = normalise(key, b);
        return left == null ? right == null : left.equals(right);
    }

    /**
     * Whether the planner can compare the value: a {@code ${VAR}} placeholder is resolved only by the deployer, just
     * before its call, so the planner cannot know what it will be and never plans a change for it.
     */
    public static boolean comparable(String value) {
        return !Placeholders.containsPlaceholder(value);
    }

    /**
     * What a plan may show as the running value of a key the project sets to {@code declared}: the live value, unless
     * the project's value is a placeholder — then the live value is the secret the deployer resolved, and the plan,
     * its events and the drift report show the placeholder instead.
     */
    public static String shown(String live, String declared) {
        return declared != null && !comparable(declared) ? declared : live;
    }
}
