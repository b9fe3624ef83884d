package dev.streamt.contracts.changeset;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Require;
import java.util.List;

/** How many changes of a change set do what: counts per action ({@code unchanged} counts {@code none}). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChangeSummary(int create, int update, int replace, int delete, int unchanged, int blocked) {

    public ChangeSummary {
        Require.nonNegative(create, "create");
        Require.nonNegative(update, "update");
        Require.nonNegative(replace, "replace");
        Require.nonNegative(delete, "delete");
        Require.nonNegative(unchanged, "unchanged");
        Require.nonNegative(blocked, "blocked");
    }

    /** Counts the actions of {@code changes}. */
    public static ChangeSummary of(List<Change> changes) {
        int[] counts = new int[ChangeAction.values().length];
        for (Change change : Require.list(changes, "changes")) {
            counts[change.action().ordinal()]++;
        }
        return new ChangeSummary(counts[ChangeAction.CREATE.ordinal()], counts[ChangeAction.UPDATE.ordinal()],
                counts[ChangeAction.REPLACE.ordinal()], counts[ChangeAction.DELETE.ordinal()],
                counts[ChangeAction.NONE.ordinal()], counts[ChangeAction.BLOCKED.ordinal()]);
    }

    /** Whether applying would change anything (creates, updates, replaces or deletes). */
    public boolean hasWork() {
        return create + update + replace + delete > 0;
    }
}
