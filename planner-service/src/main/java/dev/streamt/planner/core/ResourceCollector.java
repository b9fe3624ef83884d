package dev.streamt.planner.core;

import dev.streamt.contracts.manifest.RuntimeTargets;
import java.util.Map;
import java.util.Set;

/**
 * Reads the running state of a target's resources from the live system (read only). Implementations batch: one
 * listing, then a few describe calls for many resources at once, never one round trip per resource.
 *
 * <p>Lifecycle: created once per service and shared; it may cache clients per connection and closes them in
 * {@link #close()}. Threading: thread-safe; {@link #collect} blocks the calling thread for the round trips (bounded by
 * the collector's timeout), so call it from a worker thread, never from an event loop.
 */
public interface ResourceCollector extends AutoCloseable {

    /**
     * The running state of those of {@code names} that exist, by name; a name that does not exist is absent. Resources
     * not named are not read, so something another team runs on the same cluster is never looked at.
     *
     * @param runtime the project's connections, placeholders unresolved
     * @throws TargetUnavailableException when the system cannot be read (the plan fails with that reason)
     */
    Map<String, Map<String, Object>> collect(RuntimeTargets runtime, Set<String> names);

    /** Releases the clients; idempotent. */
    @Override
    void close();
}
