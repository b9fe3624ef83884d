package dev.streamt.deployer.core;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeSet;
import dev.streamt.contracts.changeset.ChangeTarget;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The executor of each target kind. A change of a kind without an executor fails its step with a clear error rather
 * than being silently skipped. Immutable, thread-safe.
 */
public final class TargetExecutors {

    private static final int DEFAULT_BATCH = 1;

    private final Map<ChangeTarget, TargetExecutor> byTarget = new EnumMap<>(ChangeTarget.class);

    public TargetExecutors(List<TargetExecutor> executors) {
        for (TargetExecutor executor : executors) {
            if (byTarget.put(executor.target(), executor) != null) {
                throw new IllegalArgumentException("two executors for " + executor.target());
            }
        }
    }

    /** How many steps of this target run in one batch. */
    public int batchSize(ChangeTarget target) {
        TargetExecutor executor = byTarget.get(target);
        return executor == null ? DEFAULT_BATCH : executor.batchSize();
    }

    /** Runs one batch of changes of one target; {@code resumed} names those a crash interrupted. */
    public List<StepResult> execute(ChangeTarget target, ChangeSet changeSet, List<Change> changes,
            Set<String> resumed) {
        TargetExecutor executor = byTarget.get(target);
        if (executor == null) {
            return changes.stream().map(change -> StepResult.failed(change.id(),
                    "this deployer cannot apply " + target + " changes yet")).toList();
        }
        return executor.execute(changeSet, changes, resumed);
    }
}
