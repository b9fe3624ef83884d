package dev.streamt.planner.core;

import dev.streamt.contracts.changeset.ChangeTarget;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the planner knows about who created which resource, as seen by one project and environment ({@link #self()}):
 * the owner of every resource the plan looks at, and the last applied state of each resource {@code self} owns (the
 * state map its last successful deployment step wrote; empty when unknown). Immutable.
 */
public final class Ownership {

    private final Owner self;
    private final Map<ChangeTarget, Map<String, Owner>> owners;
    private final Map<ChangeTarget, Map<String, Map<String, Object>>> applied;

    private Ownership(Owner self, Map<ChangeTarget, Map<String, Owner>> owners,
            Map<ChangeTarget, Map<String, Map<String, Object>>> applied) {
        this.self = self;
        this.owners = owners;
        this.applied = applied;
    }

    /** The project and environment the plan is for. */
    public Owner self() {
        return self;
    }

    /** The owner of a resource, if any project created it through streamt. */
    public Optional<Owner> ownerOf(ChangeTarget target, String name) {
        return Optional.ofNullable(owners.getOrDefault(target, Map.of()).get(name));
    }

    /** The resources of {@code target} that {@code self} owns, by name, with their last applied state. */
    public Map<String, Map<String, Object>> ownedBySelf(ChangeTarget target) {
        return applied.getOrDefault(target, Map.of());
    }

    /** Whether {@code self} owns no resource of any target. */
    public boolean selfOwnsNothing() {
        return applied.values().stream().allMatch(Map::isEmpty);
    }

    public static Builder builder(Owner self) {
        return new Builder(self);
    }

    /** Collects owners and applied states; not thread-safe. */
    public static final class Builder {
        private final Owner self;
        private final Map<ChangeTarget, Map<String, Owner>> owners = new TreeMap<>();
        private final Map<ChangeTarget, Map<String, Map<String, Object>>> applied = new TreeMap<>();

        private Builder(Owner self) {
            this.self = Objects.requireNonNull(self, "self");
        }

        /** A resource owned by {@code self}, with the state its last deployment applied (null when unknown). */
        public Builder ownedBySelf(ChangeTarget target, String name, Map<String, Object> appliedState) {
            owners.computeIfAbsent(target, t -> new TreeMap<>()).put(name, self);
            applied.computeIfAbsent(target, t -> new TreeMap<>()).put(name,
                    appliedState == null ? Map.of() : appliedState);
            return this;
        }

        /** A resource owned by another project or environment. */
        public Builder ownedBy(ChangeTarget target, String name, Owner owner) {
            if (owner.equals(self)) {
                throw new IllegalArgumentException("use ownedBySelf for the resources of " + self);
            }
            owners.computeIfAbsent(target, t -> new TreeMap<>()).put(name, owner);
            return this;
        }

        public Ownership build() {
            return new Ownership(self, owners, applied);
        }
    }
}
