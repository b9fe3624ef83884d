package dev.streamt.runtime.clusters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamt.contracts.manifest.KafkaConnection;
import dev.streamt.runtime.secrets.Placeholders;
import dev.streamt.runtime.secrets.UnresolvedPlaceholderException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
    private final MutableClock clock = new MutableClock();
    private final AdminClients clients = new AdminClients("streamt-test",
            new ClusterTimeouts(Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofSeconds(30)), clock);

    @AfterEach
    void close() {
        clients.close();
    }

    @Test
    void theClientOfARotatedSecretIsClosedOnceNothingResolvesToIt() {
        KafkaConnection connection = KafkaConnection.plaintext("${BOOTSTRAP}");
        clients.forCluster(connection, placeholders);

        environment.put("BOOTSTRAP", "localhost:29092");
        clients.forCluster(connection, placeholders);

        assertThat(clients.size()).isEqualTo(1);
    }

    @Test
    void aClusterThatDidNotAnswerFailsAtOnceUntilItsCircuitHalfOpens() {
        KafkaConnection connection = KafkaConnection.plaintext("${BOOTSTRAP}");
        clients.forCluster(connection, placeholders);

        clients.unreachable(connection, placeholders, "TimeoutException: timed out waiting for a node");

        assertThatThrownBy(() -> clients.forCluster(connection, placeholders))
                .isInstanceOf(ClusterUnavailableException.class)
                .hasMessageContaining("Kafka at ${BOOTSTRAP} did not answer")
                .hasMessageContaining("TimeoutException: timed out waiting for a node")
                .hasMessageNotContaining("localhost:19092");
        assertThat(clients.size()).as("the unreachable cluster's client is dropped").isZero();
        assertThatThrownBy(() -> clients.forCluster(KafkaConnection.plaintext("localhost:19092"), placeholders))
                .as("the circuit is the cluster's, whatever form names it").isInstanceOf(ClusterUnavailableException.class);
        assertThat(clients.forCluster(KafkaConnection.plaintext("localhost:29092"), placeholders))
                .as("other clusters are not affected").isNotNull();

        clock.advance(Duration.ofSeconds(31));
        assertThat(clients.forCluster(connection, placeholders)).as("the first caller after the pause tries").isNotNull();
        assertThatThrownBy(() -> clients.forCluster(connection, placeholders))
                .as("while it tries, the others still fail fast").isInstanceOf(ClusterUnavailableException.class);

        clients.answered(connection, placeholders);
        assertThat(clients.forCluster(connection, placeholders)).isNotNull();
    }

    @Test
    void oneClientPerResolvedClusterResolvedOnEveryLookup() {
        KafkaConnection connection = KafkaConnection.plaintext("${BOOTSTRAP}");

        Admin first = clients.forCluster(connection, placeholders);
        Admin again = clients.forCluster(KafkaConnection.plaintext("localhost:19092"), placeholders);
        KafkaConnection other = KafkaConnection.plaintext("localhost:29092");
        Admin second = clients.forCluster(other, placeholders);
        environment.put("BOOTSTRAP", "localhost:29092");
        Admin rotated = clients.forCluster(connection, placeholders);

        assertThat(again).isSameAs(first);
        assertThat(rotated).isNotSameAs(first).isSameAs(second);
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
        Map<String, Object> config = clients.clientConfig(Map.of("bootstrap.servers", "secret-host:9092"));

        assertThat(config).containsEntry(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 20_000)
                .containsEntry(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000)
                .containsEntry("bootstrap.servers", "secret-host:9092");
        assertThat((String) config.get(AdminClientConfig.CLIENT_ID_CONFIG)).startsWith("streamt-test-")
                .doesNotContain("secret-host");
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-04T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
