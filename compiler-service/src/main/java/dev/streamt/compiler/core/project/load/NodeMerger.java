package dev.streamt.compiler.core.project.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Overlays an environment's YAML block on the project's: keys of the overlay win, mappings present on both sides
 * merge recursively, everything else is taken whole. Nodes keep their marks, so positions still name the file each
 * value came from; keys written twice on one side are kept for the strict reader to report.
 */
final class NodeMerger {

    private NodeMerger() {
    }

    static Node merge(Node base, Node overlay) {
        if (overlay == null || Scalars.isNull(overlay)) {
            return base;
        }
        if (!(base instanceof MappingNode baseMap) || !(overlay instanceof MappingNode overlayMap)) {
            return overlay;
        }
        Map<String, NodeTuple> overlayByKey = new HashMap<>();
        for (NodeTuple tuple : overlayMap.getValue()) {
            String key = keyOf(tuple);
            if (key != null) {
                overlayByKey.putIfAbsent(key, tuple);
            }
        }
        List<NodeTuple> merged = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (NodeTuple tuple : baseMap.getValue()) {
            String key = keyOf(tuple);
            NodeTuple over = key == null ? null : overlayByKey.get(key);
            if (over == null || !used.add(key)) {
                merged.add(tuple);
            } else {
                merged.add(new NodeTuple(over.getKeyNode(), merge(tuple.getValueNode(), over.getValueNode())));
            }
        }
        for (NodeTuple tuple : overlayMap.getValue()) {
            String key = keyOf(tuple);
            if (key == null || !used.contains(key) || overlayByKey.get(key) != tuple) {
                merged.add(tuple);
            }
        }
        return new MappingNode(baseMap.getTag(), true, merged, baseMap.getFlowStyle(), baseMap.getStartMark(),
                baseMap.getEndMark());
    }

    private static String keyOf(NodeTuple tuple) {
        return tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
    }
}
