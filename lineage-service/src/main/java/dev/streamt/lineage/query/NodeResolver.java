package dev.streamt.lineage.query;

import dev.streamt.contracts.ContractViolationException;
import dev.streamt.contracts.manifest.NodeId;
import dev.streamt.lineage.problem.LineageProblem;
import dev.streamt.runtime.text.DidYouMean;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the node a request names: a node id ({@code model.orders_clean}, {@code other:model.x}) or, as the CLI allows,
 * a bare name when only one node of the project has it. Anything else is an unknown node, with the closest ids.
 */
public final class NodeResolver {

    private NodeResolver() {
    }

    public static int resolve(ProjectView view, String text) {
        if (text == null || text.isBlank()) {
            throw LineageProblem.invalidParameter("node", String.valueOf(text), "a node id is required");
        }
        String wanted = text.trim();
        Optional<NodeId> parsed = parse(wanted);
        if (parsed.isPresent()) {
            NodeId id = parsed.get();
            Optional<Integer> found = view.graph().indexOf(id.hasProject() ? id : id.withProject(view.project()));
            if (found.isPresent()) {
                return found.get();
            }
        } else {
            List<Integer> named = new ArrayList<>();
            for (int i : view.graph().membersOf(view.project())) {
                if (view.node(i).name().equals(wanted)) {
                    named.add(i);
                }
            }
            if (named.size() == 1) {
                return named.get(0);
            }
            if (named.size() > 1) {
                throw LineageProblem.ambiguousNode(view.project(), wanted,
                        named.stream().map(view::displayId).sorted().toList());
            }
        }
        Set<String> known = knownIds(view);
        throw LineageProblem.unknownNode(view.project(), wanted, DidYouMean.closest(wanted, known, 3), known.size());
    }

    private static Optional<NodeId> parse(String text) {
        try {
            return Optional.of(NodeId.parse(text));
        } catch (ContractViolationException e) {
            return Optional.empty();
        }
    }

    /** The ids of the project's nodes and of the nodes of other projects next to them. */
    private static Set<String> knownIds(ProjectView view) {
        Set<String> ids = new LinkedHashSet<>();
        for (int i : view.graph().membersOf(view.project())) {
            ids.add(view.displayId(i));
            for (int j : view.graph().upstreamOf(i)) {
                ids.add(view.displayId(j));
            }
            for (int j : view.graph().downstreamOf(i)) {
                ids.add(view.displayId(j));
            }
        }
        return ids;
    }
}
