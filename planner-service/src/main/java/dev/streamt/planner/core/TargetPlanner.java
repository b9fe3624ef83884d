package dev.streamt.planner.core;

import dev.streamt.contracts.changeset.ChangeTarget;
import dev.streamt.contracts.manifest.Manifest;
import java.util.List;
import java.util.Map;

/**
 * Everything the generic planner needs to know about one kind of resource (Kafka topics, Flink jobs, connectors,
 * schemas, gateway rules): what a manifest declares, how to read what runs, and the rules that compare the two. A new
 * target is a new implementation in its own package under {@code target/}; the core does not change.
 *
 * <p>Lifecycle: one instance per service, created at startup. Threading: implementations are stateless apart from
 * their collector and thread-safe.
 */
public interface TargetPlanner {

    /** The kind of resource. */
    ChangeTarget target();

    /** The resources the manifest declares, as desired state maps (one per name). */
    List<Resource> declared(Manifest manifest);

    /** Reads the running resources of this target. */
    ResourceCollector collector();

    /**
     * Compares a resource that runs and is owned by the project with its desired state.
     *
     * @param running     the collector's state map
     * @param desired     the declared (or, for drift, the last applied) state map
     * @param lastApplied the state the project's last deployment applied; empty when unknown
     */
    Comparison compare(Map<String, Object> running, Map<String, Object> desired, Map<String, Object> lastApplied);

    /**
     * The running state as a change shows it in {@code before}: only the fields a user declared or last applied, so a
     * plan shows what matters, not every broker default.
     *
     * @param desired     the declared state, or null for a delete
     * @param lastApplied the last applied state; empty when unknown
     */
    Map<String, Object> before(Map<String, Object> running, Map<String, Object> desired,
            Map<String, Object> lastApplied);

    /**
     * Whether a resource of this name belongs to the platform rather than to one project (like the topic every
     * project's continuous tests write their failures to): any project that declares it may create it when it is
     * missing, but none owns it, changes it or deletes it, because other projects rely on it as it is.
     */
    default boolean shared(String name) {
        return false;
    }
}
