package dev.streamt.runtime.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.manifest.KafkaConnection;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaClientPropertiesTest {

    @Test
    void aPlainConnectionIsJustItsBootstrapServers() {
        assertThat(KafkaClientProperties.of(KafkaConnection.plaintext("localhost:19092"),
                new Placeholders(name -> null))).containsExactly(Map.entry("bootstrap.servers", "localhost:19092"));
    }

    @Test
    void saslAndSslSettingsAreResolvedFromTheEnvironment() {
        KafkaConnection connection = new KafkaConnection("${BOOTSTRAP}", null, "SASL_SSL", "SCRAM-SHA-512", "app",
                "${KAFKA_PASSWORD}", Map.of("truststore_location", "/etc/ts.jks"));
        Map<String, Object> properties = KafkaClientProperties.of(connection,
                new Placeholders(Map.of("BOOTSTRAP", "b:9093", "KAFKA_PASSWORD", "s3cr3t")::get));

        assertThat(properties).containsEntry("bootstrap.servers", "b:9093")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.truststore.location", "/etc/ts.jks")
                .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required"
                        + " username=\"app\" password=\"s3cr3t\";");
    }

    @Test
    void quotesAndBackslashesInAPasswordCannotBreakTheJaasConfig() {
        KafkaConnection connection = new KafkaConnection("b:9093", null, "SASL_SSL", "PLAIN", "app",
                "${KAFKA_PASSWORD}", Map.of());
        Map<String, Object> properties = KafkaClientProperties.of(connection,
                new Placeholders(Map.of("KAFKA_PASSWORD", "p\"a\\ss")::get));

        assertThat(properties).containsEntry("sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"app\""
                        + " password=\"p\\\"a\\\\ss\";")
                .doesNotContainKeys("streamt.sasl.username", "streamt.sasl.password");
    }
}
