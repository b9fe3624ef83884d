package dev.streamt.lineage.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tree the streamt CLI prints: one tree per root (a node nothing in the diagram flows into), children indented
 * with box-drawing characters, {@code name (kind)}, and {@code ← YOU ARE HERE} on the focused node. A node reached a
 * second time is printed again with {@code └── ...} instead of its subtree, so fan-in stays readable and cycles end.
 * Iterative (explicit stack): a chain of any depth prints without overflowing. Stateless.
 */
public final class AsciiTree {

    static final String HERE = " ← YOU ARE HERE";

    private AsciiTree() {
    }

    private record Frame(String id, String prefix, boolean last, boolean root) {
    }

    public static String render(Diagram diagram) {
        Map<String, Diagram.Node> nodes = new HashMap<>();
        Map<String, List<String>> children = new HashMap<>();
        Map<String, Integer> incoming = new HashMap<>();
        for (Diagram.Node node : diagram.nodes()) {
            nodes.put(node.id(), node);
            children.put(node.id(), new ArrayList<>());
            incoming.put(node.id(), 0);
        }
        for (Diagram.Link link : diagram.edges()) {
            children.get(link.from()).add(link.to());
            incoming.merge(link.to(), 1, Integer::sum);
        }
        Set<String> roots = new LinkedHashSet<>();
        for (Diagram.Node node : diagram.nodes()) {
            if (incoming.get(node.id()) == 0) {
                roots.add(node.id());
            }
        }
        StringBuilder out = new StringBuilder();
        Set<String> printed = new HashSet<>();
        Set<String> expanded = new HashSet<>();
        for (String root : roots) {
            print(root, nodes, children, printed, expanded, out);
        }
        // Nodes only on a cycle have no root above them: start from the first one not printed yet.
        for (Diagram.Node node : diagram.nodes()) {
            if (!printed.contains(node.id())) {
                print(node.id(), nodes, children, printed, expanded, out);
            }
        }
        return out.toString();
    }

    private static void print(String root, Map<String, Diagram.Node> nodes, Map<String, List<String>> children,
            Set<String> printed, Set<String> expanded, StringBuilder out) {
        ArrayDeque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(root, "", true, true));
        while (!stack.isEmpty()) {
            Frame frame = stack.pop();
            Diagram.Node node = nodes.get(frame.id());
            printed.add(frame.id());
            out.append(frame.root() ? "" : frame.prefix() + (frame.last() ? "└── " : "├── "))
                    .append(label(node)).append('\n');
            List<String> kids = children.get(frame.id());
            if (kids.isEmpty()) {
                continue;
            }
            String childPrefix = frame.root() ? "" : frame.prefix() + (frame.last() ? "    " : "│   ");
            if (!expanded.add(frame.id())) {
                out.append(childPrefix).append("└── ...\n");
                continue;
            }
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(new Frame(kids.get(i), childPrefix, i == kids.size() - 1, false));
            }
        }
    }

    private static String label(Diagram.Node node) {
        String kind = node.kind() == null ? "" : " (" + node.kind() + ")";
        return node.label() + kind + (node.focus() ? HERE : "");
    }
}
