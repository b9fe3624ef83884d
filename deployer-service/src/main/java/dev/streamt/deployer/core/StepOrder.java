package dev.streamt.deployer.core;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.ChangeTarget;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which a change set's changes run. What others consume comes first: schemas, then topics, gateway rules,
 * Flink jobs, connectors for creates, updates and replaces; deletes afterwards in the reverse order, so a connector
 * stops reading a topic before the topic disappears. Changes without work ({@code none}, {@code blocked}) are no
 * steps. Within one group the change set's own order is kept. Pure, thread-safe.
 */
public final class StepOrder {

    /** Targets in the order their creates run. */
    static final List<ChangeTarget> CREATE_ORDER = List.of(ChangeTarget.SCHEMA, ChangeTarget.KAFKA_TOPIC,
            ChangeTarget.GATEWAY_RULE, ChangeTarget.FLINK_JOB, ChangeTarget.CONNECTOR);

    private StepOrder() {
    }

    /** The changes with work, in execution order. */
    public static List<Change> of(List<Change> changes) {
        List<Change> withWork = new ArrayList<>();
        for (Change change : changes) {
            if (hasWork(change.action())) {
                withWork.add(change);
            }
        }
        // List.sort is stable: equal ranks keep the change set's order.
        withWork.sort(Comparator.comparingInt(StepOrder::rank));
        return withWork;
    }

    /** Whether two steps belong to the same phase and target, so they may run in one batch. */
    public static boolean sameGroup(ChangeTarget targetA, ChangeAction actionA, ChangeTarget targetB,
            ChangeAction actionB) {
        return rank(targetA, actionA) == rank(targetB, actionB);
    }

    static boolean hasWork(ChangeAction action) {
        return action == ChangeAction.CREATE || action == ChangeAction.UPDATE || action == ChangeAction.REPLACE
                || action == ChangeAction.DELETE;
    }

    private static int rank(Change change) {
        return rank(change.target(), change.action());
    }

    private static int rank(ChangeTarget target, ChangeAction action) {
        int position = CREATE_ORDER.indexOf(target);
        if (action == ChangeAction.DELETE) {
            return CREATE_ORDER.size() + (CREATE_ORDER.size() - 1 - position);
        }
        return position;
    }
}
