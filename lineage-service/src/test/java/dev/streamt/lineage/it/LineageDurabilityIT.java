package dev.streamt.lineage.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.streamt.contracts.changeset.ChangeTarget;
import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.testing.TestStatus;
import dev.streamt.lineage.ShopFixture;
import dev.streamt.lineage.catalog.LineageCatalog;
import dev.streamt.lineage.service.CatalogRefresher;
import dev.streamt.testkit.KafkaResource;
import dev.streamt.testkit.PostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * State that outlives the process and the broker's redeliveries: an older manifest arriving after a newer one does not
 * win, a restarted service answers from its database alone, and replaying every topic from the beginning into an
 * empty service rebuilds exactly the same answers.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = true, initArgs = @ResourceArg(
        name = KafkaResource.TOPICS, value = "streamt.manifest.events:3,streamt.deployment.events:3,streamt.test.events:3"))
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LineageDurabilityIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final List<String> TOPICS = List.of("streamt.manifest.events", "streamt.deployment.events",
            "streamt.test.events");
    private static final Subject STAGING = Subject.of("shop", "staging");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    LineageCatalog catalog;

    @Inject
    CatalogRefresher refresher;

    @Inject
    AgroalDataSource dataSource;

    @Test
    @Order(1)
    void anOlderManifestArrivingAfterANewerOneDoesNotWin() throws Exception {
        Events.init();
        var newer = Events.compiled(ShopFixture.shop("staging", ShopFixture.T0.plusSeconds(600), true, "SELECT 'newer'"));
        var older = Events.compiled(ShopFixture.shop("staging", ShopFixture.T0, true, "SELECT 'older'"));
        var billing = Events.compiled(ShopFixture.billing(ShopFixture.T0));
        Events.publish(bootstrapServers, newer, older, billing,
                Events.stepSucceeded(STAGING, "dep-7", ChangeTarget.KAFKA_TOPIC, "shop.orders.clean", ShopFixture.T0),
                Events.stepFailed(STAGING, "dep-7", ChangeTarget.FLINK_JOB, "order_metrics", ShopFixture.T0, "no slots"),
                Events.testRun(STAGING, "run-3", "orders_quality", TestStatus.FAILED, ShopFixture.T0));
        await().atMost(PATIENCE).until(() -> handled(older));
        // Another project, on another partition: the later tests compare its answers too.
        await().atMost(PATIENCE).until(() -> handled(billing));
        await().atMost(PATIENCE).untilAsserted(() -> given()
                .get("/api/v1/projects/billing/columns/invoices/invoice_amount").then().statusCode(200));
        await().atMost(PATIENCE).untilAsserted(() -> given().queryParam("env", "staging")
                .get("/api/v1/projects/shop/nodes/model.orders_clean").then().statusCode(200)
                .body("sql", equalTo("SELECT 'newer'"))
                .body("node.status.deployment.status", equalTo("succeeded"))
                .body("node.status.test.status", equalTo("failed")));
        assertThat(query("SELECT manifest_id FROM project_graph WHERE project = 'shop' AND environment = 'staging'"))
                .containsExactly(newer.data().manifest().id());
        await().atMost(PATIENCE).untilAsserted(() -> given().queryParam("env", "staging")
                .get("/api/v1/projects/shop/nodes/order_metrics").then().statusCode(200)
                .body("node.status.deployment.status", equalTo("failed")));
    }

    @Test
    @Order(2)
    void aRestartedServiceAnswersFromItsDatabaseAlone() {
        Map<String, String> before = answers();
        catalog.clear();
        // What a restart runs (CatalogRefresher.start): every graph and status set loaded from the database, no Kafka.
        refresher.refreshNow();
        assertThat(answers()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void replayingEveryTopicFromTheBeginningRebuildsTheSameState() throws Exception {
        Map<String, String> before = answers();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM project_graph");
            s.executeUpdate("DELETE FROM artifact_status");
            s.executeUpdate("DELETE FROM test_status");
            s.executeUpdate("DELETE FROM status_revision");
            s.executeUpdate("DELETE FROM streamt_inbox WHERE consumer LIKE 'lineage-%'");
        }
        catalog.clear();
        int replayed = replayTopics();
        assertThat(replayed).isGreaterThanOrEqualTo(6);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(answers()).isEqualTo(before));
    }

    /** The answers a user sees, as text, to compare before and after. */
    private Map<String, String> answers() {
        return Map.of(
                "lineage", body("/api/v1/projects/shop/lineage?env=staging"),
                "ascii", body("/api/v1/projects/shop/lineage?env=staging&format=ascii"),
                "impact", body("/api/v1/projects/shop/impact/orders_raw?env=staging"),
                "clean", body("/api/v1/projects/shop/nodes/model.orders_clean?env=staging"),
                "columns", body("/api/v1/projects/billing/columns/invoices/invoice_amount"),
                "projects", body("/api/v1/projects"));
    }

    private static String body(String path) {
        return given().get(path).then().statusCode(200).extract().asString();
    }

    /** Reads every record of the topics from offset 0 and sends it again, in order: what a replay delivers. */
    private int replayTopics() {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "replay-" + UUID.randomUUID(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        try (KafkaProducer<String, byte[]> producer = Events.producer(bootstrapServers)) {
            for (ConsumerRecord<String, byte[]> record : records) {
                producer.send(new ProducerRecord<>(record.topic(), record.key(), record.value()));
            }
            producer.flush();
        }
        return records.size();
    }

    private boolean handled(CloudEvent<?> event) throws Exception {
        return !query("SELECT outcome FROM streamt_inbox WHERE event_id = '" + event.id() + "'").isEmpty();
    }

    private List<String> query(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }
}
