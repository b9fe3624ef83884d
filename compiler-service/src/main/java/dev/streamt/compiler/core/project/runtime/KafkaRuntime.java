package dev.streamt.compiler.core.project.runtime;

import dev.streamt.compiler.core.project.Immutable;
import java.util.Map;

/**
 * {@code runtime.kafka}: {@code bootstrap_servers} (required), {@code bootstrap_servers_internal} (what Flink uses),
 * security settings (protocol upper-cased: PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL; mechanism upper-cased: PLAIN,
 * SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER, GSSAPI) and every {@code ssl_*} key as written (sorted). Values may hold
 * {@code ${VAR}} placeholders, kept as written.
 */
public record KafkaRuntime(String bootstrapServers, String bootstrapServersInternal, String securityProtocol,
        String saslMechanism, String saslUsername, String saslPassword, Map<String, String> ssl) {

    public KafkaRuntime {
        Immutable.name(bootstrapServers, "runtime.kafka.bootstrap_servers");
        ssl = Immutable.map(ssl);
    }

    /** The bootstrap servers Flink jobs use: {@code bootstrap_servers_internal}, else {@code bootstrap_servers}. */
    public String effectiveInternalBootstrapServers() {
        return bootstrapServersInternal != null ? bootstrapServersInternal : bootstrapServers;
    }
}
