package dev.streamt.compiler.core.project.load;

import dev.streamt.runtime.text.DidYouMean;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Typed reading of one YAML value: each method returns the value, or reports {@code INVALID_VALUE} at the value (with
 * {@code path}, the YAML path as written) and returns null. A YAML null is "not set" and returns null silently.
 */
final class Values {

    private Values() {
    }

    /** Text of a scalar: strings as they are, numbers and booleans as written ({@code version: 1.0} is "1.0"). */
    static String string(BindContext ctx, Node node, String path) {
        if (node == null || Scalars.isNull(node)) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar) || !Scalars.isCoreTag(node)) {
            return wrongType(ctx, node, path, "a string", null);
        }
        String value = scalar.getValue();
        ctx.scanVariables(value);
        return value;
    }

    static Integer integer(BindContext ctx, Node node, String path, long min) {
        BigInteger value = bigInteger(ctx, node, path);
        if (value == null) {
            return null;
        }
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
            return outOfRange(ctx, node, path, value, min, Integer.MAX_VALUE);
        }
        return value.intValue();
    }

    static Long longValue(BindContext ctx, Node node, String path, long min) {
        BigInteger value = bigInteger(ctx, node, path);
        if (value == null) {
            return null;
        }
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.bitLength() > 63) {
            return outOfRange(ctx, node, path, value, min, Long.MAX_VALUE);
        }
        return value.longValue();
    }

    private static BigInteger bigInteger(BindContext ctx, Node node, String path) {
        if (node == null || Scalars.isNull(node)) {
            return null;
        }
        if (!Scalars.isInt(node)) {
            String hint = node instanceof ScalarNode scalar && Scalars.isString(scalar)
                    && scalar.getValue().trim().matches("[-+]?\\d+") ? "Write the number without quotes." : null;
            return wrongType(ctx, node, path, "an integer", hint);
        }
        BigInteger value = Scalars.integer((ScalarNode) node);
        return value != null ? value : wrongType(ctx, node, path, "an integer", null);
    }

    /** A finite number (integer or decimal) within [min, max] (either bound may be null). */
    static BigDecimal number(BindContext ctx, Node node, String path, BigDecimal min, BigDecimal max) {
        if (node == null || Scalars.isNull(node)) {
            return null;
        }
        BigDecimal value = Scalars.isInt(node) || Scalars.isFloat(node) ? Scalars.number((ScalarNode) node) : null;
        if (value == null) {
            return wrongType(ctx, node, path, "a finite number", null);
        }
        if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
            ctx.problems.invalid(YamlReader.spanOf(node, path), "'" + path + "' must be "
                    + bounds(min, max) + ", got " + value.toPlainString(), null);
            return null;
        }
        return value;
    }

    static Boolean bool(BindContext ctx, Node node, String path) {
        if (node == null || Scalars.isNull(node)) {
            return null;
        }
        Boolean value = node instanceof ScalarNode scalar ? Scalars.bool(scalar) : null;
        return value != null ? value : wrongType(ctx, node, path, "a boolean (true or false)", null);
    }

    static Duration duration(BindContext ctx, Node node, String path) {
        if (node == null || Scalars.isNull(node)) {
            return null;
        }
        Duration value = node instanceof ScalarNode scalar && !Scalars.isNull(node)
                ? Scalars.duration(scalar.getValue()) : null;
        return value != null ? value
                : wrongType(ctx, node, path, "a duration", "Write a duration like 30s, 5m, 1h or 1d.");
    }

    /**
     * One of {@code allowed} (exact match, or ignoring case when {@code ignoreCase}); the canonical spelling is
     * returned. A YAML null written as the word {@code null} counts as the value "null" when that is allowed.
     */
    static String choice(BindContext ctx, Node node, String path, List<String> allowed, boolean ignoreCase) {
        return choice(ctx, node, path, allowed, ignoreCase, false);
    }

    /** Like {@link #choice(BindContext, Node, String, List, boolean)}; a {@code ${VAR}} value is kept when allowed. */
    static String choice(BindContext ctx, Node node, String path, List<String> allowed, boolean ignoreCase,
            boolean placeholderAllowed) {
        if (node == null) {
            return null;
        }
        if (Scalars.isNull(node)) {
            String text = ((ScalarNode) node).getValue();
            return allowed.contains("null") && text.equalsIgnoreCase("null") ? "null" : null;
        }
        if (!(node instanceof ScalarNode scalar) || !Scalars.isCoreTag(node)) {
            return wrongType(ctx, node, path, "one of " + String.join(", ", allowed), null);
        }
        String value = scalar.getValue();
        if (placeholderAllowed && value.contains("${")) {
            ctx.scanVariables(value);
            return value;
        }
        for (String option : allowed) {
            if (option.equals(value) || (ignoreCase && option.equalsIgnoreCase(value))) {
                return option;
            }
        }
        String suggestion = DidYouMean.hint(value, allowed);
        ctx.problems.invalid(YamlReader.spanOf(node, path), "Invalid value '" + Scalars.abbreviate(value) + "' for '"
                + path + "'", (suggestion == null ? "" : suggestion + " ") + "Allowed values: "
                + String.join(", ", allowed) + ".");
        return null;
    }

    /** Reports that {@code node} is not of the expected kind; returns null for the caller to return. */
    static <T> T wrongType(BindContext ctx, Node node, String path, String expected, String hint) {
        ctx.problems.invalid(YamlReader.spanOf(node, path), "'" + path + "' must be " + expected + ", got "
                + Scalars.describe(node), hint);
        return null;
    }

    private static <T> T outOfRange(BindContext ctx, Node node, String path, BigInteger value, long min, long max) {
        String rule = value.compareTo(BigInteger.valueOf(min)) < 0 ? "at least " + min : "at most " + max;
        ctx.problems.invalid(YamlReader.spanOf(node, path), "'" + path + "' must be an integer " + rule + ", got "
                + value, null);
        return null;
    }

    private static String bounds(BigDecimal min, BigDecimal max) {
        if (min != null && max != null) {
            return "between " + min.toPlainString() + " and " + max.toPlainString();
        }
        return min != null ? "at least " + min.toPlainString() : "at most " + max.toPlainString();
    }
}
