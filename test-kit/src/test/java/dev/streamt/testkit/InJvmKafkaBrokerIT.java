package dev.streamt.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InJvmKafkaBrokerIT {

    private static InJvmKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = InJvmKafkaBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void recordTravelsThroughAConsumerGroup() throws Exception {
        broker.createTopic("orders", 3);

        KafkaRoundTrip.produce(broker, "orders", List.of("order-1".getBytes(UTF_8), "order-2".getBytes(UTF_8)));
        List<byte[]> consumed = KafkaRoundTrip.consumeWithGroup(broker, "orders", "orders-reader", 2);

        assertThat(consumed).extracting(value -> new String(value, UTF_8)).containsExactlyInAnyOrder("order-1", "order-2");
    }

    @Test
    void acceptsSixteenMebibyteMessages() throws Exception {
        broker.createTopic("large", 1);
        byte[] value = new byte[KafkaBroker.PLATFORM_MAX_MESSAGE_BYTES];
        Arrays.fill(value, (byte) 'x');

        KafkaRoundTrip.produce(broker, "large", List.of(value));
        List<byte[]> consumed = KafkaRoundTrip.consumeWithGroup(broker, "large", "large-reader", 1);

        assertThat(consumed.get(0)).hasSize(KafkaBroker.PLATFORM_MAX_MESSAGE_BYTES);
    }

    @Test
    void createTopicLeavesAnExistingTopicAlone() throws Exception {
        broker.createTopic("twice", 2);
        broker.createTopic("twice", 2);

        try (Admin admin = broker.createAdmin()) {
            Set<String> names = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            assertThat(names).contains("twice");
            assertThat(admin.describeTopics(List.of("twice")).allTopicNames().get(10, TimeUnit.SECONDS)
                    .get("twice").partitions()).hasSize(2);
        }
    }

    @Test
    void keepsItsFilesUnderTheBuildFolderAndDeletesThemOnClose() {
        InJvmKafkaBroker second = InJvmKafkaBroker.builder().config("auto.create.topics.enable", "true").start();
        try {
            assertThat(second.workDirectory()).startsWith(WorkDirectories.base()).exists();
            assertThat(second.bootstrapServers()).isNotEqualTo(broker.bootstrapServers());
        } finally {
            second.close();
            second.close();
        }
        assertThat(Files.exists(second.workDirectory())).isFalse();
    }
}
