package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;
import java.util.List;

/**
 * A Flink SQL job the project runs: {@code name}, the whole {@code sql} script and the same split into
 * {@code statements} ({@code SET ...}, one {@code CREATE TABLE} per input and output, the {@code INSERT INTO ...}), the
 * target {@code cluster}, and its runtime settings ({@code parallelism}, {@code checkpoint_interval_ms},
 * {@code state_backend} {@code hashmap|rocksdb}, {@code state_ttl_ms}); {@code owner_node} is the model (or continuous
 * test) it implements.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FlinkJobArtifact(
        String name,
        String sql,
        List<String> statements,
        @Nullable String cluster,
        @Nullable Integer parallelism,
        @Nullable Long checkpointIntervalMs,
        @Nullable String stateBackend,
        @Nullable Long stateTtlMs,
        @Nullable NodeId ownerNode) {

    public FlinkJobArtifact {
        Require.nonBlank(name, "flink job name");
        Require.nonBlank(sql, "flink job sql");
        statements = Require.names(statements, "statements");
        Require.nullOrPositive(parallelism, "parallelism");
        Require.nullOrNonNegative(checkpointIntervalMs, "checkpoint_interval_ms");
        Require.nullOrNonBlank(stateBackend, "state_backend");
        Require.nullOrNonNegative(stateTtlMs, "state_ttl_ms");
    }
}
