package dev.streamt.planner.target.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.streamt.contracts.manifest.KafkaConnection;
import dev.streamt.planner.core.TargetUnavailableException;
import dev.streamt.runtime.clusters.AdminClients;
import dev.streamt.runtime.clusters.ClusterTimeouts;
import dev.streamt.runtime.secrets.Placeholders;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KafkaAdminsTest {

    private final AdminClients clients = new AdminClients("streamt-planner-test",
            new ClusterTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(30)));

    @AfterEach
    void close() {
        clients.close();
    }

    @Test
    void anUnsetVariableOfTheConnectionIsUnavailableAndNamed() {
        KafkaAdmins admins = new KafkaAdmins(clients, new Placeholders(name -> null));
        TargetUnavailableException e = catchThrowableOfType(TargetUnavailableException.class,
                () -> admins.metadata(KafkaConnection.plaintext("${ORDERS_KAFKA_BOOTSTRAP}")));
        assertThat(e.missingVariables()).containsExactly("ORDERS_KAFKA_BOOTSTRAP");
        assertThat(e.getMessage()).contains("ORDERS_KAFKA_BOOTSTRAP").contains("not set");
    }

    @Test
    void aClusterThatDidNotAnswerFailsTheNextPlansAtOnceWithoutItsResolvedAddress() {
        Placeholders placeholders = new Placeholders(Map.of("ORDERS_KAFKA_BOOTSTRAP", "10.0.0.7:9092")::get);
        KafkaAdmins admins = new KafkaAdmins(clients, placeholders);
        KafkaConnection connection = KafkaConnection.plaintext("${ORDERS_KAFKA_BOOTSTRAP}");
        admins.metadata(connection);
        clients.unreachable(connection, placeholders, "no answer within 1s");

        TargetUnavailableException e = catchThrowableOfType(TargetUnavailableException.class,
                () -> admins.metadata(connection));

        assertThat(e.getMessage()).contains("Kafka at ${ORDERS_KAFKA_BOOTSTRAP} did not answer")
                .contains("no answer within 1s").contains("not tried again before").doesNotContain("10.0.0.7");
    }
}
