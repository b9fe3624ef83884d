package dev.streamt.planner.core;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.ChangeTarget;
import dev.streamt.contracts.manifest.Manifest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The diff engine, generic over targets: for each target it reads the running state of the resources that matter (the
 * declared ones and the ones the project owns), then decides per resource:
 * <ul>
 *   <li>declared, not running: {@code create} (unless another project owns the name: {@code blocked});</li>
 *   <li>declared, running, owned by the project: the target's rules ({@code none/update/replace/blocked});</li>
 *   <li>declared, running, owned by another project: {@code blocked}, naming the owner;</li>
 *   <li>declared, running, owned by nobody: {@code blocked} ({@link Change#REASON_NOT_MANAGED}), never touched;</li>
 *   <li>owned, no longer declared, running: {@code delete} (destructive);</li>
 *   <li>{@linkplain TargetPlanner#shared shared} by every project: {@code create} when missing, else {@code none},
 *       whoever created it; never updated, replaced, blocked or deleted on behalf of one project.</li>
 * </ul>
 * Resources nobody declared and the project does not own are never read, so they never appear. Changes come in target
 * order, by name; deletes after every other change, in reverse target order (as the deployer runs them).
 *
 * <p>Threading: stateless apart from the targets; thread-safe. Blocks while the collectors read.
 */
public final class ChangePlanner {

    /** Why a shared resource that runs is left as it is. */
    static final String SHARED_REASON = "shared by every project on the cluster: created once, never changed or"
            + " deleted on behalf of one project";

    private final List<TargetPlanner> targets;

    /** @param targets in deployment order (schemas, topics, gateway rules, Flink jobs, connectors) */
    public ChangePlanner(List<TargetPlanner> targets) {
        this.targets = List.copyOf(targets);
    }

    public List<TargetPlanner> targets() {
        return targets;
    }

    /**
     * The changes that bring what runs in line with {@code manifest}.
     *
     * @throws TargetUnavailableException when a target's live system cannot be read
     */
    public List<Change> plan(Manifest manifest, Ownership ownership) {
        List<Change> changes = new ArrayList<>();
        List<Change> deletes = new ArrayList<>();
        for (TargetPlanner target : targets) {
            Map<String, Resource> declared = new TreeMap<>();
            for (Resource resource : target.declared(manifest)) {
                declared.put(resource.name(), resource);
            }
            Map<String, Map<String, Object>> owned = ownership.ownedBySelf(target.target());
            Set<String> names = new TreeSet<>(declared.keySet());
            names.addAll(owned.keySet());
            Map<String, Map<String, Object>> running = names.isEmpty() ? Map.of()
                    : target.collector().collect(manifest.runtime(), names);
            for (Resource desired : declared.values()) {
                changes.add(planDeclared(target, desired, running.get(desired.name()), ownership));
            }
            List<Change> targetDeletes = new ArrayList<>();
            for (Map.Entry<String, Map<String, Object>> entry : owned.entrySet()) {
                Map<String, Object> state = running.get(entry.getKey());
                if (!declared.containsKey(entry.getKey()) && state != null && !target.shared(entry.getKey())) {
                    targetDeletes.add(new Change(Resource.changeId(target.target(), entry.getKey()), target.target(),
                            entry.getKey(), ChangeAction.DELETE, target.before(state, null, entry.getValue()), null,
                            List.of(), true, null, List.of(), null));
                }
            }
            deletes.addAll(0, targetDeletes);
        }
        changes.addAll(deletes);
        return changes;
    }

    private static Change planDeclared(TargetPlanner target, Resource desired, Map<String, Object> running,
            Ownership ownership) {
        ChangeTarget kind = target.target();
        if (target.shared(desired.name())) {
            return planShared(target, desired, running);
        }
        Optional<Owner> owner = ownership.ownerOf(kind, desired.name());
        if (owner.isPresent() && !owner.get().equals(ownership.self())) {
            Map<String, Object> before = running == null ? null : target.before(running, desired.state(), Map.of());
            return blocked(desired, before, owner.get().managedByReason());
        }
        if (running == null) {
            return new Change(desired.changeId(), kind, desired.name(), ChangeAction.CREATE, null, desired.state(),
                    List.of(), false, null, List.of(), null);
        }
        if (owner.isEmpty()) {
            return blocked(desired, target.before(running, desired.state(), Map.of()), Change.REASON_NOT_MANAGED);
        }
        Map<String, Object> applied = ownership.ownedBySelf(kind).getOrDefault(desired.name(), Map.of());
        Comparison comparison = target.compare(running, desired.state(), applied);
        return new Change(desired.changeId(), kind, desired.name(), comparison.action(),
                target.before(running, desired.state(), applied), desired.state(), comparison.diff(),
                comparison.destructive(), comparison.reason(), List.of(), null);
    }

    private static Change planShared(TargetPlanner target, Resource desired, Map<String, Object> running) {
        if (running == null) {
            return new Change(desired.changeId(), target.target(), desired.name(), ChangeAction.CREATE, null,
                    desired.state(), List.of(), false, null, List.of(), null);
        }
        return new Change(desired.changeId(), target.target(), desired.name(), ChangeAction.NONE,
                target.before(running, desired.state(), Map.of()), desired.state(), List.of(), false,
                SHARED_REASON, List.of(), null);
    }

    private static Change blocked(Resource desired, Map<String, Object> before, String reason) {
        return new Change(desired.changeId(), desired.target(), desired.name(), ChangeAction.BLOCKED, before,
                desired.state(), List.of(), false, reason, List.of(), null);
    }

    /** Orders changes as the plan shows them: target order, then name (used where changes come unordered). */
    public static Comparator<Change> byTargetAndName() {
        return Comparator.comparing(Change::target).thenComparing(Change::name);
    }
}
