package dev.streamt.deployer.target.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamt.contracts.manifest.KafkaConnection;
import dev.streamt.runtime.secrets.Placeholders;
import dev.streamt.runtime.secrets.UnresolvedPlaceholderException;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Making an admin client opens no connection, so no broker is needed here. */
class AdminClientsTest {

    private final Map<String, String> environment = new HashMap<>(Map.of("BOOTSTRAP", "localhost:19092"));
    private final Placeholders placeholders = new Placeholders(environment::get);
    private final AdminClients clients = new AdminClients();

    @AfterEach
    void close() {
        clients.close();
    }

    @Test
    void oneClientPerResolvedClusterResolvedOnEveryLookup() {
        KafkaConnection connection = KafkaConnection.plaintext("${BOOTSTRAP}");

        Admin first = clients.forCluster(connection, placeholders);
        Admin again = clients.forCluster(KafkaConnection.plaintext("localhost:19092"), placeholders);
        environment.put("BOOTSTRAP", "localhost:29092");
        Admin rotated = clients.forCluster(connection, placeholders);

        assertThat(again).isSameAs(first);
        assertThat(rotated).isNotSameAs(first);
        assertThat(clients.size()).isEqualTo(2);
    }

    @Test
    void anUnsetVariableNamesItAndMakesNoClient() {
        assertThatThrownBy(() -> clients.forCluster(KafkaConnection.plaintext("${NOT_SET}"), placeholders))
                .isInstanceOf(UnresolvedPlaceholderException.class).hasMessageContaining("NOT_SET");
        assertThat(clients.size()).isZero();
    }

    @Test
    void closedClientsAreGoneAndNoNewOneIsMade() {
        clients.forCluster(KafkaConnection.plaintext("localhost:19092"), placeholders);

        clients.close();

        assertThat(clients.size()).isZero();
        assertThatThrownBy(() -> clients.forCluster(KafkaConnection.plaintext("localhost:19092"), placeholders))
                .isInstanceOf(IllegalStateException.class);
        clients.close();
    }

    @Test
    void clientsFailWithinBoundedTimeoutsAndUseAnIdOfTheirOwn() {
        Map<String, Object> config = AdminClients.clientConfig(Map.of("bootstrap.servers", "secret-host:9092"));

        assertThat(config).containsEntry(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 20_000)
                .containsEntry(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000)
                .containsEntry("bootstrap.servers", "secret-host:9092");
        assertThat((String) config.get(AdminClientConfig.CLIENT_ID_CONFIG)).startsWith("streamt-deployer-")
                .doesNotContain("secret-host");
    }
}
