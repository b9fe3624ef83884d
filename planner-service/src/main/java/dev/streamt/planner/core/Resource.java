package dev.streamt.planner.core;

import dev.streamt.contracts.changeset.ChangeTarget;
import java.util.Map;
import java.util.Objects;

/**
 * One resource of a target as a JSON-friendly state map (keys sorted, values strings, numbers, lists and maps), the
 * form a change carries in {@code before} and {@code after}. The same shape describes what a manifest declares and
 * what a collector found running, so the core compares resources without knowing their kind.
 */
public record Resource(ChangeTarget target, String name, Map<String, Object> state) {

    public Resource {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
    }

    /** The id of a change to this resource: {@code <target>:<name>}, the same id the deployer's steps use. */
    public String changeId() {
        return changeId(target, name);
    }

    /** The id of a change to the resource {@code name} of {@code target}. */
    public static String changeId(ChangeTarget target, String name) {
        return target.wireValue() + ":" + name;
    }
}
