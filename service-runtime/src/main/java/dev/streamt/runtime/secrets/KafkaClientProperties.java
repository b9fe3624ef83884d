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

    /** Keys of the SASL credentials while they are resolved with the rest (never Kafka client properties). */
    private static final String USERNAME = "streamt.sasl.username";
    private static final String PASSWORD = "streamt.sasl.password";

    private KafkaClientProperties() {
    }

    /** Admin/producer/consumer properties for {@code connection}, resolved by {@code placeholders}. */
    public static Map<String, Object> of(KafkaConnection connection, Placeholders placeholders) {
        Map<String, String> declared = new TreeMap<>();
        declared.put("bootstrap.servers", connection.bootstrapServers());
        putIfSet(declared, "security.protocol", connection.securityProtocol());
        putIfSet(declared, "sasl.mechanism", connection.saslMechanism());
        connection.ssl().forEach((key, value) -> declared.put("ssl." + key.replace('_', '.'), value));
        boolean sasl = connection.saslUsername() != null || connection.saslPassword() != null;
        if (sasl) {
            declared.put(USERNAME, nullToEmpty(connection.saslUsername()));
            declared.put(PASSWORD, nullToEmpty(connection.saslPassword()));
        }
        Map<String, String> resolved = placeholders.resolveAll(declared);
        Map<String, Object> properties = new TreeMap<>(resolved);
        if (sasl) {
            properties.remove(USERNAME);
            properties.remove(PASSWORD);
            // Built from the resolved values, each quoted: a password may hold quotes or backslashes.
            properties.put("sasl.jaas.config", jaasConfig(connection.saslMechanism(), resolved.get(USERNAME),
                    resolved.get(PASSWORD)));
        }
        return properties;
    }

    private static String jaasConfig(String saslMechanism, String username, String password) {
        String mechanism = saslMechanism == null ? "PLAIN" : saslMechanism;
        String module = mechanism.startsWith("SCRAM")
                ? "org.apache.kafka.common.security.scram.ScramLoginModule"
                : "org.apache.kafka.common.security.plain.PlainLoginModule";
        return module + " required username=" + quoted(username) + " password=" + quoted(password) + ";";
    }

    /** A JAAS option value: double-quoted, with backslashes and double quotes escaped. */
    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
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
