package dev.streamt.compiler.core.project.load;

import dev.streamt.compiler.core.project.Positions;
import dev.streamt.compiler.core.project.Span;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * One entry of a free-form YAML mapping (names chosen by the project, like cluster names or config keys): its name,
 * key and value nodes, written and canonical paths.
 */
record YamlEntry(String name, Node keyNode, Node value, String path, String canonical) {

    Span span() {
        return YamlReader.spanOf(keyNode, path);
    }

    Fields read(BindContext ctx, Positions.Builder positions, Keys keys) {
        return Fields.read(ctx, value, path, canonical, positions, keys);
    }

    /** The entries of {@code node} (a non-mapping is reported); duplicate and non-string keys are reported. */
    static List<YamlEntry> allOf(BindContext ctx, Node node, String path, String canonical,
            Positions.Builder positions) {
        if (!(node instanceof MappingNode mapping)) {
            if (node != null && !Scalars.isNull(node)) {
                Values.wrongType(ctx, node, path, "a mapping", null);
            }
            return List.of();
        }
        List<YamlEntry> result = new ArrayList<>();
        Map<String, Node> seen = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String name = Fields.keyOf(ctx, tuple.getKeyNode(), path);
            if (name == null) {
                continue;
            }
            Node first = seen.putIfAbsent(name, tuple.getKeyNode());
            if (first != null) {
                ctx.problems.add(DiagnosticCode.YAML_SYNTAX_ERROR, YamlReader.spanOf(tuple.getKeyNode(),
                        Fields.join(path, name)), "Duplicate key '" + name + "' (first at line "
                        + YamlReader.spanOf(first, "").line() + ")", "Remove one of the two.");
                continue;
            }
            YamlEntry entry = new YamlEntry(name, tuple.getKeyNode(), tuple.getValueNode(), Fields.join(path, name),
                    Fields.join(canonical, name));
            positions.put(entry.canonical(), YamlReader.spanOf(tuple.getKeyNode(), entry.path()));
            result.add(entry);
        }
        return result;
    }
}
