package dev.streamt.contracts.changeset;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;
import java.util.List;
import java.util.Map;

/**
 * One planned change to one resource: its {@code id} (unique in the change set), {@code target} kind and
 * {@code name}, the {@code action}, the resource state {@code before} (running; {@code null} when it does not exist)
 * and {@code after} (desired; {@code null} when deleted) as key-sorted JSON maps, the field {@code diff}, whether it is
 * {@code destructive} (data or state is lost), the human {@code reason}, the ids of the changes it
 * {@code depends_on}, and the {@code strategy} to carry it out (like {@code savepoint} for a Flink job whose state is
 * kept). A {@code blocked} change always has a reason.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Change(
        String id,
        ChangeTarget target,
        String name,
        ChangeAction action,
        @Nullable Map<String, Object> before,
        @Nullable Map<String, Object> after,
        List<FieldDiff> diff,
        boolean destructive,
        @Nullable String reason,
        List<String> dependsOn,
        @Nullable String strategy) {

    /** Strategy of a Flink job update that stops with a savepoint and restarts from it, keeping state. */
    public static final String STRATEGY_SAVEPOINT = "savepoint";

    /** Reason of a change blocked because the resource exists but another owner manages it. */
    public static final String REASON_NOT_MANAGED = "exists and is not managed by this project";

    public Change {
        Require.nonBlank(id, "change id");
        Require.nonNull(target, "target");
        Require.nonBlank(name, "change name");
        Require.nonNull(action, "action");
        before = Require.nullOrJsonObject(before, "before");
        after = Require.nullOrJsonObject(after, "after");
        diff = Require.list(diff, "diff");
        Require.nullOrNonBlank(reason, "reason");
        dependsOn = Require.names(dependsOn, "depends_on");
        Require.nullOrNonBlank(strategy, "strategy");
        if (action == ChangeAction.BLOCKED && reason == null) {
            throw new IllegalArgumentException("a blocked change needs a reason");
        }
    }
}
