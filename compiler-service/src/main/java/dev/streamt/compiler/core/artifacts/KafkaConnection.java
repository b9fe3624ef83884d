package dev.streamt.compiler.core.artifacts;

import dev.streamt.compiler.core.project.runtime.GatewayConfig;
import dev.streamt.compiler.core.project.runtime.KafkaRuntime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How a Flink job reaches a Kafka cluster: the bootstrap servers and the client properties (security protocol, SASL,
 * SSL) from {@code runtime.kafka}, with {@code ${VAR}} placeholders kept verbatim (the deployer resolves them).
 * Immutable and thread-safe.
 *
 * @param bootstrapServers what the job connects to
 * @param properties Kafka client properties, without the {@code properties.} prefix of the Flink connector
 */
record KafkaConnection(String bootstrapServers, Map<String, String> properties) {

    /** Names of {@code runtime.kafka.ssl_*} keys that differ from the Kafka client's {@code ssl.*} properties. */
    private static final Map<String, String> SSL_ALIASES = Map.of(
            "ssl_ca_location", "ssl.truststore.location",
            "ssl_certificate_location", "ssl.keystore.location");

    KafkaConnection {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /**
     * The connection Flink jobs use: {@code bootstrap_servers_internal}, else {@code bootstrap_servers}, with the
     * security settings. A project without {@code runtime.kafka} (already reported) gets an empty address.
     */
    static KafkaConnection forFlink(KafkaRuntime kafka) {
        if (kafka == null) {
            return new KafkaConnection("", Map.of());
        }
        return new KafkaConnection(kafka.effectiveInternalBootstrapServers(), security(kafka));
    }

    /**
     * The connection through the gateway's proxy (where virtual topics exist), with the cluster's security settings;
     * the plain Flink connection when no gateway proxy is configured.
     */
    static KafkaConnection forGateway(GatewayConfig gateway, KafkaRuntime kafka) {
        if (gateway == null || gateway.proxyBootstrap() == null || gateway.proxyBootstrap().isBlank()) {
            return forFlink(kafka);
        }
        return new KafkaConnection(gateway.proxyBootstrap(), kafka == null ? Map.of() : security(kafka));
    }

    /** The Flink Kafka connector options: {@code properties.bootstrap.servers} and {@code properties.<client key>}. */
    Map<String, String> connectorOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("properties.bootstrap.servers", bootstrapServers);
        properties.forEach((key, value) -> options.put("properties." + key, value));
        return options;
    }

    private static Map<String, String> security(KafkaRuntime kafka) {
        Map<String, String> props = new LinkedHashMap<>();
        if (kafka.securityProtocol() != null) {
            props.put("security.protocol", kafka.securityProtocol());
        }
        if (kafka.saslMechanism() != null) {
            props.put("sasl.mechanism", kafka.saslMechanism());
            String jaas = jaasConfig(kafka.saslMechanism(), kafka.saslUsername(), kafka.saslPassword());
            if (jaas != null) {
                props.put("sasl.jaas.config", jaas);
            }
        }
        // librdkafka-style aliases first, so that a key written in the Kafka client's own spelling wins.
        new TreeMap<>(kafka.ssl()).forEach((key, value) -> {
            if (SSL_ALIASES.containsKey(key)) {
                props.put(sslProperty(key), value);
            }
        });
        new TreeMap<>(kafka.ssl()).forEach((key, value) -> {
            if (!SSL_ALIASES.containsKey(key)) {
                props.put(sslProperty(key), value);
            }
        });
        return props;
    }

    /**
     * The JAAS line for a mechanism with a username and password (PLAIN, SCRAM-*), or OAUTHBEARER's bare module;
     * null for GSSAPI and when no credentials are given (the cluster's own JAAS file applies then). Class names are
     * those of plain kafka-clients, which flink-connector-kafka uses unshaded.
     */
    static String jaasConfig(String mechanism, String username, String password) {
        String upper = mechanism.toUpperCase(Locale.ROOT);
        if (upper.equals("OAUTHBEARER")) {
            return "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;";
        }
        if (username == null || password == null) {
            return null;
        }
        String module;
        if (upper.equals("PLAIN")) {
            module = "org.apache.kafka.common.security.plain.PlainLoginModule";
        } else if (upper.startsWith("SCRAM-")) {
            module = "org.apache.kafka.common.security.scram.ScramLoginModule";
        } else {
            return null;
        }
        return module + " required username=\"" + jaasEscape(username) + "\" password=\"" + jaasEscape(password)
                + "\";";
    }

    private static String jaasEscape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** {@code ssl_truststore_location} → {@code ssl.truststore.location} (and the librdkafka-style aliases). */
    static String sslProperty(String key) {
        String alias = SSL_ALIASES.get(key);
        return alias != null ? alias : key.replace('_', '.');
    }
}
