package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;

/**
 * The live systems a manifest is deployed to, from the project's {@code runtime} block with its placeholders kept:
 * for now its {@code kafka} cluster ({@code null} in manifests written before it was carried). The planner reads from
 * and the deployer writes to these systems.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RuntimeTargets(@Nullable KafkaConnection kafka) {

    /** No declared targets. */
    public static final RuntimeTargets NONE = new RuntimeTargets(null);
}
