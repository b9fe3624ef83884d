package dev.streamt.contracts.events.payload;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;

/**
 * Command {@code dev.streamt.apply.requested.v1}: deploy change set {@code changeset_id}; destructive changes run only
 * with {@code approve_destructive}; {@code approved_by} names who approved. Also the body of
 * {@code POST /api/v1/deployments}. Sending the same apply twice deploys once.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ApplyRequested(String changesetId, boolean approveDestructive, @Nullable String approvedBy) {

    public ApplyRequested {
        Require.nonBlank(changesetId, "changeset_id");
        Require.nullOrNonBlank(approvedBy, "approved_by");
    }
}
