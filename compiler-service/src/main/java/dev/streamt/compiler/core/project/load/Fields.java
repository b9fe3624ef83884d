package dev.streamt.compiler.core.project.load;

import dev.streamt.compiler.core.project.Positions;
import dev.streamt.compiler.core.project.Span;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import dev.streamt.runtime.text.DidYouMean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            Map<String, Node> unknownKeys = null;
            for (NodeTuple tuple : mapping.getValue()) {
                String key = keyOf(ctx, tuple.getKeyNode(), path);
                if (key == null) {
                    continue;
                }
                NodeTuple known = entries.get(key);
                Node first = known != null ? known.getKeyNode() : unknownKeys == null ? null : unknownKeys.get(key);
                if (first != null) {
                    Span firstSpan = YamlReader.spanOf(first, "");
                    ctx.problems.add(DiagnosticCode.YAML_SYNTAX_ERROR, YamlReader.spanOf(tuple.getKeyNode(),
                            join(path, key)), "Duplicate key '" + key + "' (first at line " + firstSpan.line() + ")",
                            "Remove one of the two.");
                } else if (!keys.allows(key)) {
                    unknownKeys = unknownKeys == null ? new java.util.HashMap<>() : unknownKeys;
                    unknownKeys.put(key, tuple.getKeyNode());
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

    static String keyOf(BindContext ctx, Node keyNode, String path) {
        if (keyNode instanceof ScalarNode scalar && Scalars.isCoreTag(keyNode) && !Scalars.isNull(keyNode)
                && !scalar.getValue().isBlank()) {
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
        if (isSimple(key)) {
            return parent.isEmpty() ? key : parent + "." + key;
        }
        return parent + "['" + key.replace("'", "\\'") + "']";
    }

    private static boolean isSimple(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
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
        Node value = value(key);
        return value == null ? null : Values.string(ctx, value, pathOf(key));
    }

    Integer integer(String key, long min) {
        Node value = value(key);
        return value == null ? null : Values.integer(ctx, value, pathOf(key), min);
    }

    Long longValue(String key, long min) {
        Node value = value(key);
        return value == null ? null : Values.longValue(ctx, value, pathOf(key), min);
    }

    Boolean bool(String key) {
        Node value = value(key);
        return value == null ? null : Values.bool(ctx, value, pathOf(key));
    }

    boolean bool(String key, boolean otherwise) {
        Boolean value = bool(key);
        return value == null ? otherwise : value;
    }

    java.time.Duration duration(String key) {
        Node value = value(key);
        return value == null ? null : Values.duration(ctx, value, pathOf(key));
    }

    java.math.BigDecimal number(String key, java.math.BigDecimal min, java.math.BigDecimal max) {
        Node value = value(key);
        return value == null ? null : Values.number(ctx, value, pathOf(key), min, max);
    }

    String choice(String key, List<String> allowed) {
        Node value = value(key);
        return value == null ? null : Values.choice(ctx, value, pathOf(key), allowed, false);
    }

    /** A list of non-empty strings (each recorded as {@code key[i]}; an empty one is reported and left out). */
    List<String> strings(String key) {
        List<String> values = new ArrayList<>();
        for (YamlItem item : items(key)) {
            String value = Values.string(ctx, item.node(), item.path());
            if (value != null && value.isBlank()) {
                ctx.problems.invalid(item.span(), "'" + item.path() + "' must not be empty", null);
            } else if (value != null) {
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
    List<YamlItem> items(String key) {
        return items(key, canonicalOf(key));
    }

    List<YamlItem> items(String key, String canonicalPath) {
        Node value = value(key);
        if (value == null || Scalars.isNull(value) || value instanceof SequenceNode list && list.getValue().isEmpty()) {
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            Values.wrongType(ctx, value, pathOf(key), "a list", null);
            return List.of();
        }
        List<YamlItem> items = new ArrayList<>(sequence.getValue().size());
        int i = 0;
        for (Node itemNode : sequence.getValue()) {
            YamlItem item = new YamlItem(itemNode, index(pathOf(key), i), index(canonicalPath, i), i);
            positions.put(item.canonical(), YamlReader.spanOf(itemNode, item.path()));
            items.add(item);
            i++;
        }
        return items;
    }

    /** The entries of a free-form mapping under {@code key} (names chosen by the project, like cluster names). */
    List<YamlEntry> entries(String key) {
        return has(key) ? YamlEntry.allOf(ctx, value(key), pathOf(key), canonicalOf(key), positions) : List.of();
    }
}
