package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;
import java.util.Map;

/**
 * How to reach a project's Kafka cluster ({@code runtime.kafka}): {@code bootstrap_servers} and, for Flink jobs, the
 * {@code bootstrap_servers_internal}, the {@code security_protocol}, SASL settings and the {@code ssl_*} settings
 * (keyed without the prefix). Values may hold {@code ${VAR}} placeholders: they stay unresolved here and are resolved
 * only by the service that opens the connection, from its own environment.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record KafkaConnection(
        String bootstrapServers,
        @Nullable String bootstrapServersInternal,
        @Nullable String securityProtocol,
        @Nullable String saslMechanism,
        @Nullable String saslUsername,
        @Nullable String saslPassword,
        Map<String, String> ssl) {

    public KafkaConnection {
        Require.nonBlank(bootstrapServers, "runtime.kafka.bootstrap_servers");
        Require.nullOrNonBlank(bootstrapServersInternal, "runtime.kafka.bootstrap_servers_internal");
        Require.nullOrNonBlank(securityProtocol, "runtime.kafka.security_protocol");
        Require.nullOrNonBlank(saslMechanism, "runtime.kafka.sasl_mechanism");
        ssl = Require.map(ssl, "runtime.kafka.ssl");
    }

    /** A plain connection to {@code bootstrapServers}. */
    public static KafkaConnection plaintext(String bootstrapServers) {
        return new KafkaConnection(bootstrapServers, null, null, null, null, null, Map.of());
    }
}
