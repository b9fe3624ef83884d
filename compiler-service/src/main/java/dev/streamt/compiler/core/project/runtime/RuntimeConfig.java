package dev.streamt.compiler.core.project.runtime;

import dev.streamt.compiler.core.project.Located;
import dev.streamt.compiler.core.project.Positions;
import java.util.Objects;

/**
 * The {@code runtime} block, after the chosen environment's {@code runtime} was merged over the project's (keys of
 * the environment win; nested mappings merge). Each part is null when not configured. {@code kafka} is required; it
 * is null only after that was reported.
 */
public record RuntimeConfig(KafkaRuntime kafka, SchemaRegistry schemaRegistry, FlinkRuntime flink,
        ConnectRuntime connect, ConduktorRuntime conduktor, Positions positions) implements Located {

    public RuntimeConfig {
        Objects.requireNonNull(positions, "positions");
    }

    /** Whether at least one Flink cluster is configured. */
    public boolean hasFlink() {
        return flink != null && !flink.clusters().isEmpty();
    }

    /** Whether a Conduktor gateway is configured (needed by {@code virtual_topic}). */
    public boolean hasGateway() {
        return conduktor != null && conduktor.gateway() != null;
    }

    /** Whether at least one Kafka Connect cluster is configured. */
    public boolean hasConnect() {
        return connect != null && !connect.clusters().isEmpty();
    }
}
