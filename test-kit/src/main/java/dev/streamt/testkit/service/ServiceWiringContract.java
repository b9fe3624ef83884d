package dev.streamt.testkit.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.StreamtTopic;
import dev.streamt.contracts.json.StreamtJson;
import dev.streamt.runtime.config.StreamtRuntimeConfig;
import dev.streamt.runtime.outbox.EventOutbox;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every streamt service must do before it has any business logic, run as a {@code @QuarkusTest} against a real
 * Kafka broker and a real PostgreSQL. A service's smoke test extends this class, names the service's first table and a
 * sample event of a type it publishes, and adds the two test resources:
 * <pre>{@code
 * @QuarkusTest
 * @QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = true)
 * @QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = true)
 * class CompilerServiceWiringIT extends ServiceWiringContract { ... }
 * }</pre>
 * The service's test profile names the topic the {@link WiringProbe} reads ({@code %test.testkit.wiring-probe.topic}).
 */
public abstract class ServiceWiringContract {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    EventOutbox outbox;

    @Inject
    WiringProbe probe;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    StreamtRuntimeConfig config;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "testkit.wiring-probe.topic")
    String probeTopic;

    /** The table the service's first Flyway migration creates in its own schema. */
    protected abstract String firstTable();

    /** A new, valid event (fresh id) of a type that travels on the probe topic, carrying this correlation id. */
    protected abstract CloudEvent<?> sampleEvent(String correlationId);

    @BeforeEach
    void probeTopicExists() throws Exception {
        // A service that owns no topic (lineage) still needs the topic it reads from to exist in this test's broker.
        try (Admin admin = admin()) {
            if (!admin.listTopics().names().get().contains(probeTopic)) {
                admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(probeTopic, 1, (short) 1)))
                        .all().get();
            }
        }
    }

    @Test
    void isLiveAndBecomesReadyWhenItsDatabaseKafkaAndTopicsAreThere() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        await().atMost(PATIENCE).untilAsserted(() -> given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check",
                        "streamt-owned-topics")));
    }

    @Test
    void servesItsOpenApiDocumentAndMetrics() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200).body("openapi", org.hamcrest.Matchers.startsWith("3."));
        given().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void migratesItsOwnSchemaWithFlyway() throws SQLException {
        String schema = config.service().schema();
        assertThat(query("SELECT version FROM " + schema + ".flyway_schema_history WHERE success ORDER BY installed_rank"))
                .contains("1");
        assertThat(query("SELECT to_regclass(?)", schema + "." + firstTable())).containsExactly(firstTable());
        assertThat(query("SELECT to_regclass(?)", schema + ".streamt_inbox")).containsExactly("streamt_inbox");
        assertThat(query("SELECT to_regclass(?)", schema + ".streamt_outbox")).containsExactly("streamt_outbox");
    }

    @Test
    void createsTheTopicsItOwnsAtStartup() throws Exception {
        List<String> owned = StreamtTopic.ownedBy(config.service().name()).stream().map(StreamtTopic::topicName).toList();
        await().atMost(PATIENCE).untilAsserted(() -> {
            try (Admin admin = admin()) {
                assertThat(admin.listTopics().names().get()).containsAll(owned);
            }
        });
        if (!owned.isEmpty()) {
            try (Admin admin = admin()) {
                Map<String, TopicDescription> topics = admin.describeTopics(owned).allTopicNames().get();
                assertThat(topics.values()).allSatisfy(t ->
                        assertThat(t.partitions()).hasSize(config.topics().partitions()));
            }
        }
    }

    @Test
    void publishesAfterCommitAndHandlesEachEventOnceThroughTheBroker() throws Exception {
        String correlationId = UUID.randomUUID().toString();
        CloudEvent<?> event = sampleEvent(correlationId);

        QuarkusTransaction.requiringNew().run(() -> outbox.publish(event));

        await().atMost(PATIENCE).until(() -> probe.timesHandled(event.id()) == 1);
        assertThat(probe.handled()).contains(event);
        await().atMost(PATIENCE).until(() -> !query(
                "SELECT event_id FROM streamt_outbox WHERE event_id = ? AND published_at IS NOT NULL", event.id()).isEmpty());

        // Kafka redelivers: the same record again is recognised and not handled twice.
        sendRaw(event.key(), StreamtJson.writeEvent(event));
        CloudEvent<?> after = publishAndAwait(correlationId);
        assertThat(probe.timesHandled(event.id())).isEqualTo(1);
        assertThat(probe.timesHandled(after.id())).isEqualTo(1);
        assertThat(query("SELECT outcome FROM streamt_inbox WHERE consumer = ? AND event_id = ?",
                WiringProbe.CONSUMER, event.id())).containsExactly("processed");
    }

    @Test
    void aRolledBackChangePublishesNothing() throws Exception {
        CloudEvent<?> doomed = sampleEvent(UUID.randomUUID().toString());

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish(doomed);
            throw new IllegalStateException("the state change failed");
        })).hasMessageContaining("the state change failed");

        publishAndAwait(UUID.randomUUID().toString());
        assertThat(probe.timesHandled(doomed.id())).isZero();
        assertThat(query("SELECT event_id FROM streamt_outbox WHERE event_id = ?", doomed.id())).isEmpty();
    }

    @Test
    void recordsAndSkipsAnUnreadableRecordWithoutStopping() throws Exception {
        sendRaw("someone/else", "{ this is not a CloudEvent".getBytes(StandardCharsets.UTF_8));

        publishAndAwait(UUID.randomUUID().toString());
        assertThat(query("SELECT outcome FROM streamt_inbox WHERE consumer = ? AND event_id LIKE 'kafka:%'",
                WiringProbe.CONSUMER)).contains("unreadable");
    }

    /** Publishes a fresh event through the outbox and waits until the probe handled it. */
    private CloudEvent<?> publishAndAwait(String correlationId) {
        CloudEvent<?> event = sampleEvent(correlationId);
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(event));
        await().atMost(PATIENCE).until(() -> probe.timesHandled(event.id()) == 1);
        return event;
    }

    private void sendRaw(String key, byte[] value) throws Exception {
        Map<String, Object> props = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(probeTopic, key, value)).get();
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    private List<String> query(String sql, String... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1));
                }
            }
            return rows;
        }
    }

}
