package dev.streamt.contracts.events.payload;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Require;
import dev.streamt.contracts.changeset.ChangeSet;

/** Event {@code dev.streamt.changeset.planned.v1}: a change set was planned; carries the whole {@code change_set}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChangeSetPlanned(ChangeSet changeSet) {

    public ChangeSetPlanned {
        Require.nonNull(changeSet, "change_set");
    }
}
