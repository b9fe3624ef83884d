package dev.streamt.compiler.core.artifacts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.project.runtime.GatewayConfig;
import dev.streamt.compiler.core.project.runtime.KafkaRuntime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaConnectionTest {

    @Test
    void flinkUsesTheInternalServersAndEverySecuritySetting() {
        KafkaRuntime kafka = new KafkaRuntime("localhost:9092", "kafka:29092", "SASL_SSL", "SCRAM-SHA-512", "${U}",
                "p\"w", Map.of("ssl_truststore_location", "/ts.jks", "ssl_ca_location", "/ca.pem"));

        KafkaConnection connection = KafkaConnection.forFlink(kafka);

        assertThat(connection.connectorOptions()).containsExactly(
                Map.entry("properties.bootstrap.servers", "kafka:29092"),
                Map.entry("properties.security.protocol", "SASL_SSL"),
                Map.entry("properties.sasl.mechanism", "SCRAM-SHA-512"),
                Map.entry("properties.sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule"
                        + " required username=\"${U}\" password=\"p\\\"w\";"),
                Map.entry("properties.ssl.truststore.location", "/ts.jks"));
    }

    @Test
    void jaasLinesPerMechanism() {
        assertThat(KafkaConnection.jaasConfig("PLAIN", "u", "p"))
                .isEqualTo("org.apache.kafka.common.security.plain.PlainLoginModule required username=\"u\" password=\"p\";");
        assertThat(KafkaConnection.jaasConfig("OAUTHBEARER", null, null))
                .isEqualTo("org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;");
        assertThat(KafkaConnection.jaasConfig("GSSAPI", "u", "p")).isNull();
        assertThat(KafkaConnection.jaasConfig("PLAIN", null, "p")).isNull();
        assertThat(KafkaConnection.sslProperty("ssl_keystore_password")).isEqualTo("ssl.keystore.password");
        assertThat(KafkaConnection.sslProperty("ssl_certificate_location")).isEqualTo("ssl.keystore.location");
    }

    @Test
    void theGatewayProxyReplacesTheServersWhenConfigured() {
        KafkaRuntime kafka = new KafkaRuntime("localhost:9092", null, "SSL", null, null, null, Map.of());

        assertThat(KafkaConnection.forGateway(new GatewayConfig("http://gw:8888", "gw:6969", null, null, null), kafka))
                .isEqualTo(new KafkaConnection("gw:6969", Map.of("security.protocol", "SSL")));
        assertThat(KafkaConnection.forGateway(null, kafka).bootstrapServers()).isEqualTo("localhost:9092");
        assertThat(KafkaConnection.forFlink(null).bootstrapServers()).isEmpty();
    }
}
