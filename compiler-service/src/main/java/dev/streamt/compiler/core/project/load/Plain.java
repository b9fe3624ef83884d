package dev.streamt.compiler.core.project.load;

import dev.streamt.compiler.core.project.Positions;
import dev.streamt.compiler.core.project.Span;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Free-form YAML values (vars, connector and topic config, expected values) as plain Java values. */
final class Plain {

    private Plain() {
    }

    /**
     * A plain value: String, Long (BigInteger when larger), Double, Boolean, null, an unmodifiable List, or an
     * unmodifiable Map in the written order.
     */
    static Object value(BindContext ctx, Node node, String path) {
        if (node == null || Scalars.isNull(node)) {
            return null;
        }
        if (node instanceof MappingNode) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (YamlEntry entry : YamlEntry.allOf(ctx, node, path, path, Positions.builder(Span.startOf("-")))) {
                map.put(entry.name(), value(ctx, entry.value(), entry.path()));
            }
            return Collections.unmodifiableMap(map);
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>(sequence.getValue().size());
            int i = 0;
            for (Node item : sequence.getValue()) {
                list.add(value(ctx, item, Fields.index(path, i++)));
            }
            return Collections.unmodifiableList(list);
        }
        ScalarNode scalar = (ScalarNode) node;
        Tag tag = scalar.getTag();
        if (Tag.INT.equals(tag)) {
            BigInteger value = Scalars.integer(scalar);
            if (value == null) {
                return Values.wrongType(ctx, node, path, "an integer", null);
            }
            return value.bitLength() < 64 ? (Object) value.longValue() : value;
        }
        if (Tag.FLOAT.equals(tag)) {
            return floatValue(ctx, scalar, path);
        }
        if (Tag.BOOL.equals(tag)) {
            Boolean value = Scalars.bool(scalar);
            return value != null ? value : Values.wrongType(ctx, node, path, "a boolean", null);
        }
        return Values.string(ctx, node, path);
    }

    private static Object floatValue(BindContext ctx, ScalarNode scalar, String path) {
        String text = scalar.getValue().toLowerCase(java.util.Locale.ROOT).trim();
        if (text.endsWith(".inf")) {
            return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (text.equals(".nan")) {
            return Double.NaN;
        }
        java.math.BigDecimal value = Scalars.number(scalar);
        return value != null ? (Object) value.doubleValue() : Values.wrongType(ctx, scalar, path, "a number", null);
    }

    /**
     * A mapping of names to scalar values, each as text (integers in decimal, booleans as {@code true}/{@code false},
     * other scalars as written), sorted by name; each entry's position is recorded. Used for Kafka, topic and
     * connector configuration, whose values are strings in the end.
     */
    static Map<String, String> scalarMap(BindContext ctx, Node node, String path, String canonical,
            Positions.Builder positions) {
        Map<String, String> result = new TreeMap<>();
        for (YamlEntry entry : YamlEntry.allOf(ctx, node, path, canonical, positions)) {
            String text = scalarText(ctx, entry.value(), entry.path());
            if (text != null) {
                result.put(entry.name(), text);
            }
        }
        return Collections.unmodifiableMap(result);
    }

    /** The text of a scalar value for a configuration map; null (after reporting) for null and collections. */
    static String scalarText(BindContext ctx, Node node, String path) {
        if (!(node instanceof ScalarNode scalar) || Scalars.isNull(node) || !Scalars.isCoreTag(node)) {
            return Values.wrongType(ctx, node, path, "a string, number or boolean", null);
        }
        if (Tag.INT.equals(scalar.getTag())) {
            BigInteger value = Scalars.integer(scalar);
            return value != null ? value.toString() : Values.wrongType(ctx, node, path, "an integer", null);
        }
        if (Tag.BOOL.equals(scalar.getTag())) {
            Boolean value = Scalars.bool(scalar);
            return value != null ? value.toString() : Values.wrongType(ctx, node, path, "a boolean", null);
        }
        return Values.string(ctx, node, path);
    }
}
