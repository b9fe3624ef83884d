package dev.streamt.compiler.core.project.load;

import dev.streamt.compiler.core.project.Positions;
import dev.streamt.compiler.core.project.Span;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/** One item of a YAML list being read: its node, written path ({@code models[2]}) and canonical path. */
record YamlItem(Node node, String path, String canonical, int index) {

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
