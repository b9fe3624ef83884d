package dev.streamt.planner.core;

import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.FieldDiff;
import java.util.List;
import java.util.Objects;

/**
 * A target's verdict on one existing resource: the {@code action} that brings the running state to the desired one
 * ({@code none}, {@code update}, {@code replace} or {@code blocked}), the field {@code diff}, whether it loses data
 * ({@code destructive}) and, for a blocked change, the {@code reason}.
 */
public record Comparison(ChangeAction action, List<FieldDiff> diff, boolean destructive, String reason) {

    public Comparison {
        Objects.requireNonNull(action, "action");
        diff = List.copyOf(diff);
    }
}
