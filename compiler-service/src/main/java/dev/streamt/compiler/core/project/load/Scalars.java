package dev.streamt.compiler.core.project.load;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Interpretation of YAML scalars under the core schema, plus the YAML 1.1 booleans older projects use. */
final class Scalars {

    private static final Set<String> TRUE_1_1 = Set.of("yes", "on");
    private static final Set<String> FALSE_1_1 = Set.of("no", "off");
    private static final Pattern DURATION = Pattern.compile(
            "(\\d{1,12})\\s*(ms|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hours?|d|days?)",
            Pattern.CASE_INSENSITIVE);

    private Scalars() {
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    static boolean isString(ScalarNode node) {
        return Tag.STR.equals(node.getTag()) || Tag.ENV_TAG.equals(node.getTag());
    }

    static boolean isInt(Node node) {
        return node instanceof ScalarNode && Tag.INT.equals(node.getTag());
    }

    static boolean isFloat(Node node) {
        return node instanceof ScalarNode && Tag.FLOAT.equals(node.getTag());
    }

    /** Whether the tag is one the core schema resolves (custom tags like {@code !foo} are refused). */
    static boolean isCoreTag(Node node) {
        Tag tag = node.getTag();
        return Tag.STR.equals(tag) || Tag.ENV_TAG.equals(tag) || Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)
                || Tag.BOOL.equals(tag) || Tag.NULL.equals(tag) || Tag.MAP.equals(tag) || Tag.SEQ.equals(tag);
    }

    /** "a mapping", "a list", "the integer 5", ... for messages. */
    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode scalar = (ScalarNode) node;
        Tag tag = scalar.getTag();
        String value = abbreviate(scalar.getValue());
        if (Tag.NULL.equals(tag)) {
            return "null";
        }
        if (Tag.INT.equals(tag)) {
            return "the integer " + value;
        }
        if (Tag.FLOAT.equals(tag)) {
            return "the number " + value;
        }
        if (Tag.BOOL.equals(tag)) {
            return "the boolean " + value;
        }
        return isString(scalar) ? "the string '" + value + "'" : "a value tagged " + tag.getValue();
    }

    static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }

    /** The integer of an int-tagged scalar (decimal, {@code 0o} octal, {@code 0x} hex); null if it is not one. */
    static BigInteger integer(ScalarNode node) {
        String text = node.getValue().replace("_", "").trim();
        boolean negative = text.startsWith("-");
        String digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        try {
            BigInteger value;
            if (digits.startsWith("0x")) {
                value = new BigInteger(digits.substring(2), 16);
            } else if (digits.startsWith("0o")) {
                value = new BigInteger(digits.substring(2), 8);
            } else {
                value = new BigInteger(digits);
            }
            return negative ? value.negate() : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The number of an int- or float-tagged scalar; null for infinities, NaN and text that is not a number. */
    static BigDecimal number(ScalarNode node) {
        if (Tag.INT.equals(node.getTag())) {
            BigInteger value = integer(node);
            return value == null ? null : new BigDecimal(value);
        }
        String text = node.getValue().toLowerCase(Locale.ROOT).trim();
        if (text.contains("inf") || text.contains("nan")) {
            return null;
        }
        try {
            return new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The boolean of a bool-tagged scalar or of a plain YAML 1.1 boolean ({@code yes}, {@code off}, ...); else null. */
    static Boolean bool(ScalarNode node) {
        String lower = node.getValue().toLowerCase(Locale.ROOT);
        if (Tag.BOOL.equals(node.getTag())) {
            return lower.equals("true") ? Boolean.TRUE : lower.equals("false") ? Boolean.FALSE : null;
        }
        if (node.isPlain() && isString(node)) {
            if (TRUE_1_1.contains(lower)) {
                return Boolean.TRUE;
            }
            if (FALSE_1_1.contains(lower)) {
                return Boolean.FALSE;
            }
        }
        return null;
    }

    /** A duration like {@code 30s}, {@code 5m}, {@code 1h}, {@code 1d}, {@code 500ms}, {@code 10 minutes}; else null. */
    static Duration duration(String text) {
        Matcher matcher = DURATION.matcher(text.trim());
        if (!matcher.matches()) {
            return null;
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2).toLowerCase(Locale.ROOT);
        if (unit.equals("ms") || unit.startsWith("milli")) {
            return Duration.ofMillis(amount);
        }
        if (unit.startsWith("s")) {
            return Duration.ofSeconds(amount);
        }
        if (unit.startsWith("m")) {
            return Duration.ofMinutes(amount);
        }
        if (unit.startsWith("h")) {
            return Duration.ofHours(amount);
        }
        return Duration.ofDays(amount);
    }
}
