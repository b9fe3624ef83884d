package dev.streamt.deployer.core;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeSet;
import dev.streamt.contracts.changeset.ChangeTarget;
import java.util.List;
import java.util.Set;

/**
 * Carries out the changes of one target kind (Kafka topics, Flink jobs, connectors, ...) on the live system. One
 * implementation per target, in its own {@code target/<kind>} package; the deployer finds it by {@link #target()}.
 *
 * <p>Lifecycle: created once at startup and kept for the life of the process; it may hold clients to the live systems
 * (closed when the process stops). Threading: {@link #execute} is called from the deployer's worker threads, possibly
 * for several deployments at once, so implementations are thread-safe; one call is one batch and blocks until every
 * change of it has an outcome.
 *
 * <p>Contract: every change must be idempotent, because a batch interrupted by a crash runs again after the restart. A
 * change already in its desired state is a success, never an error; a change whose live state contradicts it (a topic
 * that exists with other partitions) is a failed result with a clear error. Errors must never contain resolved
 * {@code ${VAR}} values.
 */
public interface TargetExecutor {

    /** The kind of change this executor carries out. */
    ChangeTarget target();

    /** How many changes one {@link #execute} call takes at most. */
    int batchSize();

    /**
     * Carries out {@code changes} (all of {@link #target()}, at most {@link #batchSize()}, none of them depending on
     * another of the same call) for {@code changeSet}.
     *
     * @param resumed the ids of the changes that had started before a crash interrupted them: their effect may
     *                already be there, and finding it is success. For any other change, a resource already in place
     *                was made by someone else after the plan, and must not be taken over.
     * @return one result per change, in any order; a change without a result counts as failed
     */
    List<StepResult> execute(ChangeSet changeSet, List<Change> changes, Set<String> resumed);

    /** {@link #execute(ChangeSet, List, Set)} of changes none of which ran before. */
    default List<StepResult> execute(ChangeSet changeSet, List<Change> changes) {
        return execute(changeSet, changes, Set.of());
    }
}
