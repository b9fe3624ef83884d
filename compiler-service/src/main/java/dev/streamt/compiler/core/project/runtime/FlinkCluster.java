package dev.streamt.compiler.core.project.runtime;

import dev.streamt.compiler.core.project.Immutable;
import dev.streamt.compiler.core.project.Span;
import java.util.Objects;

/**
 * One entry of {@code runtime.flink.clusters}: its {@code name} (the key), {@code type} (default rest),
 * {@code rest_url}, {@code sql_gateway_url}, {@code version}, {@code environment} and {@code api_key} (Confluent), and
 * where it was declared.
 */
public record FlinkCluster(String name, FlinkClusterType type, String restUrl, String sqlGatewayUrl, String version,
        String environment, String apiKey, Span span) {

    public FlinkCluster {
        Immutable.name(name, "flink cluster name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(span, "span");
    }
}
