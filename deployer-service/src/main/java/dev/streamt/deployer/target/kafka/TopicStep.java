package dev.streamt.deployer.target.kafka;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.ChangeTarget;

/**
 * One topic change of a batch, read and checked before any admin call: the change id, the action, the topic name,
 * the desired topic ({@code after}; null for a delete) and, for an update, its {@link TopicDiff}. Immutable.
 */
public record TopicStep(String changeId, ChangeAction action, String name, TopicSpec after, TopicDiff diff) {

    /**
     * Reads {@code change}.
     *
     * @throws IllegalArgumentException with an error a person can act on when the change is no topic change this
     *         executor can carry out or its state is malformed
     */
    public static TopicStep of(Change change) {
        if (change.target() != ChangeTarget.KAFKA_TOPIC) {
            throw new IllegalArgumentException("not a kafka_topic change: " + change.target());
        }
        ChangeAction action = change.action();
        switch (action) {
            case DELETE:
                return new TopicStep(change.id(), action, change.name(), null, null);
            case CREATE:
            case REPLACE:
            case UPDATE:
                TopicSpec after = TopicSpec.fromState(change.after(), "after");
                if (!after.name().equals(change.name())) {
                    throw new IllegalArgumentException("after.name '" + after.name() + "' is not the change's topic '"
                            + change.name() + "'");
                }
                TopicDiff diff = action == ChangeAction.UPDATE ? TopicDiff.of(change.name(), after, change.diff()) : null;
                return new TopicStep(change.id(), action, change.name(), after, diff);
            default:
                throw new IllegalArgumentException("a '" + action + "' change has nothing to apply");
        }
    }

    /** Whether the step creates the topic from {@code after} (a create, or a replace once the old topic is gone). */
    public boolean creates() {
        return action == ChangeAction.CREATE || action == ChangeAction.REPLACE;
    }

    /** Whether the step deletes the topic first (a delete, or the first half of a replace). */
    public boolean deletes() {
        return action == ChangeAction.DELETE || action == ChangeAction.REPLACE;
    }
}
