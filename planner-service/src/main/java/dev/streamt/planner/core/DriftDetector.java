package dev.streamt.planner.core;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.manifest.RuntimeTargets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Drift: what runs no longer matches what the project last applied. For every resource the project owns, the change
 * that would bring it back to its applied state: a resource deleted outside streamt is a {@code create}; one changed
 * outside streamt is judged by the target's rules ({@code update}, {@code replace} or {@code blocked}). Resources that
 * match are left out, so no drift is an empty list.
 *
 * <p>Threading: stateless; thread-safe. Blocks while the collectors read.
 */
public final class DriftDetector {

    private final List<TargetPlanner> targets;

    public DriftDetector(List<TargetPlanner> targets) {
        this.targets = List.copyOf(targets);
    }

    /**
     * The differences between the applied state of the project's resources and what runs.
     *
     * @param runtime the connections of the applied manifest, placeholders unresolved
     * @throws TargetUnavailableException when a target's live system cannot be read
     */
    public List<Change> detect(RuntimeTargets runtime, Ownership ownership) {
        List<Change> differences = new ArrayList<>();
        for (TargetPlanner target : targets) {
            Map<String, Map<String, Object>> owned = ownership.ownedBySelf(target.target());
            if (owned.isEmpty()) {
                continue;
            }
            Map<String, Map<String, Object>> running = target.collector().collect(runtime, owned.keySet());
            for (Map.Entry<String, Map<String, Object>> entry : owned.entrySet()) {
                String name = entry.getKey();
                Map<String, Object> applied = entry.getValue();
                if (applied.isEmpty()) {
                    // Owned before its applied state was recorded: nothing to compare against.
                    continue;
                }
                Map<String, Object> state = running.get(name);
                String id = Resource.changeId(target.target(), name);
                if (state == null) {
                    differences.add(new Change(id, target.target(), name, ChangeAction.CREATE, null, applied,
                            List.of(), false, null, List.of(), null));
                    continue;
                }
                Comparison comparison = target.compare(state, applied, applied);
                if (comparison.action() != ChangeAction.NONE) {
                    differences.add(new Change(id, target.target(), name, comparison.action(),
                            target.before(state, applied, applied), applied, comparison.diff(),
                            comparison.destructive(), comparison.reason(), List.of(), null));
                }
            }
        }
        return differences;
    }
}
