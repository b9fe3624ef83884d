package dev.streamt.runtime.secrets;

import dev.streamt.contracts.manifest.KafkaConnection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Kafka client properties of a project's {@code runtime.kafka}, placeholders resolved: what the planner reads and
 * the deployer writes the project's topics with. The result holds secrets: keep it in memory, in a client's
 * configuration, and nowhere else.
 */
public final class KafkaClientProperties {

    private KafkaClientProperties() {
    }

    /** Admin/producer/consumer properties for {@code connection}, resolved by {@code placeholders}. */
    public static Map<String, Object> of(KafkaConnection connection, Placeholders placeholders) {
        Map<String, String> declared = new TreeMap<>();
        declared.put("bootstrap.servers", connection.bootstrapServers());
        putIfSet(declared, "security.protocol", connection.securityProtocol());
        putIfSet(declared, "sasl.mechanism", connection.saslMechanism());
        connection.ssl().forEach((key, value) -> declared.put("ssl." + key.replace('_', '.'), value));
        if (connection.saslUsername() != null || connection.saslPassword() != null) {
            declared.put("sasl.jaas.config", jaasConfig(connection));
        }
        return new TreeMap<>(placeholders.resolveAll(declared));
    }

    private static String jaasConfig(KafkaConnection connection) {
        String mechanism = connection.saslMechanism() == null ? "PLAIN" : connection.saslMechanism();
        String module = mechanism.startsWith("SCRAM")
                ? "org.apache.kafka.common.security.scram.ScramLoginModule"
                : "org.apache.kafka.common.security.plain.PlainLoginModule";
        return module + " required username=\"" + nullToEmpty(connection.saslUsername()) + "\" password=\""
                + nullToEmpty(connection.saslPassword()) + "\";";
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static void putIfSet(Map<String, String> properties, String key, String value) {
        if (value != null) {
            properties.put(key, value);
        }
    }
}
