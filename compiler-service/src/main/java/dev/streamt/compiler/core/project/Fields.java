package dev.streamt.compiler.core.project;

import dev.streamt.contracts.diagnostics.DiagnosticCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A strict view of one YAML mapping: reading it reports every key that is not allowed ({@code UNKNOWN_FIELD} with
 * "Did you mean"), every non-string or duplicate key, and records where each allowed key was written under its
 * canonical path. The typed getters then read single fields (see {@link Values}); {@link #map}, {@link #items} and
 * {@link #entries} walk into nested blocks with the written and canonical paths extended.
 */
final class Fields {

    private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z0-9_-]+");

    final BindContext ctx;
    final String path;
    final String canonical;
    final Positions.Builder positions;
    private final Node node;
    private final Map<String, NodeTuple> entries;

    private Fields(BindContext ctx, Node node, String path, String canonical, Positions.Builder positions,
            Map<String, NodeTuple> entries) {
        this.ctx = ctx;
        this.node = node;
        this.path = path;
        this.canonical = canonical;
        this.positions = positions;
        this.entries = entries;
    }

    /** Reads {@code node} as a mapping with {@code keys}; anything else is reported and reads as an empty mapping. */
    static Fields read(BindContext ctx, Node node, String path, String canonical, Positions.Builder positions,
            Keys keys) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        if (node instanceof MappingNode mapping) {
            Map<String, Node> seen = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = keyOf(ctx, tuple.getKeyNode(), path);
                if (key == null) {
                    continue;
                }
                Node first = seen.putIfAbsent(key, tuple.getKeyNode());
                if (first != null) {
                    Span firstSpan = YamlReader.spanOf(first, "");
                    ctx.problems.add(DiagnosticCode.YAML_SYNTAX_ERROR, YamlReader.spanOf(tuple.getKeyNode(),
                            join(path, key)), "Duplicate key '" + key + "' (first at line " + firstSpan.line() + ")",
                            "Remove one of the two.");
                } else if (!keys.allows(key)) {
                    unknown(ctx, tuple.getKeyNode(), path, key, keys);
                } else {
                    entries.put(key, tuple);
                    positions.put(join(canonical, key), YamlReader.spanOf(tuple.getKeyNode(), join(path, key)));
                }
            }
        } else if (node != null && !Scalars.isNull(node) && path.isEmpty()) {
            ctx.problems.invalid(YamlReader.spanOf(node, ""), "The top level of '" + YamlReader.spanOf(node, "").file()
                    + "' must be a mapping, got " + Scalars.describe(node), null);
        } else if (node != null && !Scalars.isNull(node)) {
            Values.wrongType(ctx, node, path, "a mapping", null);
        }
        return new Fields(ctx, node, path, canonical, positions, entries);
    }

    private static String keyOf(BindContext ctx, Node keyNode, String path) {
        if (keyNode instanceof ScalarNode scalar && Scalars.isCoreTag(keyNode) && !Scalars.isNull(keyNode)) {
            return scalar.getValue();
        }
        ctx.problems.invalid(YamlReader.spanOf(keyNode, path), "Keys must be plain names, got "
                + Scalars.describe(keyNode) + (path.isEmpty() ? "" : " in '" + path + "'"), null);
        return null;
    }

    private static void unknown(BindContext ctx, Node keyNode, String path, String key, Keys keys) {
        String where = path.isEmpty() ? "at the top level of '" + YamlReader.spanOf(keyNode, "").file() + "'"
                : "in '" + path + "'";
        String hint = keys.misplacedHint(key);
        if (hint == null) {
            hint = DidYouMean.hint(key, keys.names());
        }
        if (hint == null) {
            hint = "Known fields: " + String.join(", ", keys.names()) + ".";
        }
        ctx.problems.add(DiagnosticCode.UNKNOWN_FIELD, YamlReader.spanOf(keyNode, join(path, key)),
                "Unknown field '" + key + "' " + where, hint);
    }

    /** {@code parent.key}, or {@code parent['odd.key']} for keys that are not simple names. */
    static String join(String parent, String key) {
        if (SIMPLE_KEY.matcher(key).matches()) {
            return parent.isEmpty() ? key : parent + "." + key;
        }
        return parent + "['" + key.replace("'", "\\'") + "']";
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** The allowed keys that were written, in written order. */
    java.util.Set<String> keys() {
        return entries.keySet();
    }

    /** Whether the key is present with a non-null value. */
    boolean has(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple != null && !Scalars.isNull(tuple.getValueNode());
    }

    /** Whether the key is written at all (even with an empty value). */
    boolean written(String key) {
        return entries.containsKey(key);
    }

    /** The value node of the key, or null. */
    Node value(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? null : tuple.getValueNode();
    }

    /** The span of this mapping (or of where it should have been). */
    Span span() {
        return node == null ? positions.root().withPath(path) : YamlReader.spanOf(node, path);
    }

    /** The span of the key as written. */
    Span keySpan(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? span().withPath(pathOf(key)) : YamlReader.spanOf(tuple.getKeyNode(), pathOf(key));
    }

    /** The span of the value (the key's span when the key is absent). */
    Span valueSpan(String key) {
        Node value = value(key);
        return value == null ? keySpan(key) : YamlReader.spanOf(value, pathOf(key));
    }

    String pathOf(String key) {
        return join(path, key);
    }

    String canonicalOf(String key) {
        return join(canonical, key);
    }

    /** Reports a required field that is missing (or null) and returns false; true when it is there. */
    boolean require(String key, String what) {
        if (has(key)) {
            return true;
        }
        ctx.problems.invalid(written(key) ? keySpan(key) : span().withPath(pathOf(key)),
                "'" + pathOf(key) + "' is required" + (what == null ? "" : ": " + what), null);
        return false;
    }

    String string(String key) {
        return Values.string(ctx, value(key), pathOf(key));
    }

    Integer integer(String key, long min) {
        return Values.integer(ctx, value(key), pathOf(key), min);
    }

    Long longValue(String key, long min) {
        return Values.longValue(ctx, value(key), pathOf(key), min);
    }

    Boolean bool(String key) {
        return Values.bool(ctx, value(key), pathOf(key));
    }

    boolean bool(String key, boolean otherwise) {
        Boolean value = bool(key);
        return value == null ? otherwise : value;
    }

    java.time.Duration duration(String key) {
        return Values.duration(ctx, value(key), pathOf(key));
    }

    java.math.BigDecimal number(String key, java.math.BigDecimal min, java.math.BigDecimal max) {
        return Values.number(ctx, value(key), pathOf(key), min, max);
    }

    String choice(String key, List<String> allowed) {
        return Values.choice(ctx, value(key), pathOf(key), allowed, false);
    }

    /** A list of strings (each recorded as {@code key[i]}). */
    List<String> strings(String key) {
        List<String> values = new ArrayList<>();
        for (Item item : items(key)) {
            String value = Values.string(ctx, item.node(), item.path());
            if (value != null) {
                values.add(value);
            }
        }
        return Collections.unmodifiableList(values);
    }

    /** The nested mapping under {@code key} read with {@code keys}, or null when absent or null. */
    Fields map(String key, Keys keys) {
        return map(key, keys, canonicalOf(key));
    }

    /** Like {@link #map(String, Keys)}, recording positions under another canonical path (for shorthands). */
    Fields map(String key, Keys keys, String canonicalPath) {
        return has(key) ? read(ctx, value(key), pathOf(key), canonicalPath, positions, keys) : null;
    }

    /**
     * The nested mapping under {@code key} as a block of its own: positions go to a new builder rooted at the key,
     * with paths relative to the block. Null when absent or null.
     */
    Fields block(String key, Keys keys) {
        if (!has(key)) {
            return null;
        }
        Positions.Builder own = Positions.builder(keySpan(key));
        return read(ctx, value(key), pathOf(key), "", own, keys);
    }

    /** The items of the list under {@code key}; a non-list is reported. Each item's position is recorded. */
    List<Item> items(String key) {
        return items(key, canonicalOf(key));
    }

    List<Item> items(String key, String canonicalPath) {
        Node value = value(key);
        if (value == null || Scalars.isNull(value)) {
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            Values.wrongType(ctx, value, pathOf(key), "a list", null);
            return List.of();
        }
        List<Item> items = new ArrayList<>(sequence.getValue().size());
        int i = 0;
        for (Node itemNode : sequence.getValue()) {
            Item item = new Item(itemNode, index(pathOf(key), i), index(canonicalPath, i), i);
            positions.put(item.canonical(), YamlReader.spanOf(itemNode, item.path()));
            items.add(item);
            i++;
        }
        return items;
    }

    /** The entries of a free-form mapping under {@code key} (names chosen by the project, like cluster names). */
    List<Entry> entries(String key) {
        return has(key) ? entriesOf(ctx, value(key), pathOf(key), canonicalOf(key), positions) : List.of();
    }

    static List<Entry> entriesOf(BindContext ctx, Node node, String path, String canonical,
            Positions.Builder positions) {
        if (!(node instanceof MappingNode mapping)) {
            if (node != null && !Scalars.isNull(node)) {
                Values.wrongType(ctx, node, path, "a mapping", null);
            }
            return List.of();
        }
        List<Entry> result = new ArrayList<>();
        Map<String, Node> seen = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String name = keyOf(ctx, tuple.getKeyNode(), path);
            if (name == null) {
                continue;
            }
            Node first = seen.putIfAbsent(name, tuple.getKeyNode());
            if (first != null) {
                ctx.problems.add(DiagnosticCode.YAML_SYNTAX_ERROR, YamlReader.spanOf(tuple.getKeyNode(),
                        join(path, name)), "Duplicate key '" + name + "' (first at line "
                        + YamlReader.spanOf(first, "").line() + ")", "Remove one of the two.");
                continue;
            }
            Entry entry = new Entry(name, tuple.getKeyNode(), tuple.getValueNode(), join(path, name),
                    join(canonical, name));
            positions.put(entry.canonical(), YamlReader.spanOf(tuple.getKeyNode(), entry.path()));
            result.add(entry);
        }
        return result;
    }

    /** One item of a list: its node, written path ({@code models[2]}) and canonical path. */
    record Item(Node node, String path, String canonical, int index) {
        Span span() {
            return YamlReader.spanOf(node, path);
        }

        /** Whether the item is a mapping; otherwise reports that it must be {@code expected}. */
        boolean isMapping(BindContext ctx, String expected) {
            if (node instanceof MappingNode) {
                return true;
            }
            Values.wrongType(ctx, node, path, expected, null);
            return false;
        }

        Fields read(BindContext ctx, Positions.Builder positions, Keys keys) {
            return Fields.read(ctx, node, path, canonical, positions, keys);
        }
    }

    /** One entry of a free-form mapping: its name, key and value nodes, written and canonical paths. */
    record Entry(String name, Node keyNode, Node value, String path, String canonical) {
        Span span() {
            return YamlReader.spanOf(keyNode, path);
        }

        Fields read(BindContext ctx, Positions.Builder positions, Keys keys) {
            return Fields.read(ctx, value, path, canonical, positions, keys);
        }
    }
}
