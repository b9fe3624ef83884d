package dev.streamt.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

class KafkaResourceIT {

    static class SampleTest {
        @InjectKafkaBroker
        KafkaBroker broker;

        @InjectKafkaBroker
        InJvmKafkaBroker inJvm;

        KafkaBroker notAnnotated;
    }

    @Test
    void startsABrokerCreatesTopicsAndInjectsIt() throws Exception {
        KafkaResource first = new KafkaResource();
        KafkaResource second = new KafkaResource();
        first.init(Map.of(KafkaResource.TOPICS, "orders:3, payments", "broker.num.partitions", "2"));
        second.init(Map.of());
        try {
            Map<String, String> config = first.start();
            Map<String, String> otherConfig = second.start();

            String bootstrap = config.get(KafkaResource.KAFKA_BOOTSTRAP_SERVERS);
            assertThat(bootstrap).startsWith("localhost:");
            assertThat(config).containsEntry(KafkaResource.KIT_BOOTSTRAP_SERVERS, bootstrap);
            assertThat(otherConfig.get(KafkaResource.KAFKA_BOOTSTRAP_SERVERS)).isNotEqualTo(bootstrap);

            SampleTest test = new SampleTest();
            first.inject(new FieldInjector(test));
            assertThat(test.broker).isSameAs(first.broker());
            assertThat(test.inJvm).isSameAs(first.broker());
            assertThat(test.notAnnotated).isNull();

            try (Admin admin = test.broker.createAdmin()) {
                var topics = admin.describeTopics(java.util.List.of("orders", "payments")).allTopicNames().get(10, TimeUnit.SECONDS);
                assertThat(topics.get("orders").partitions()).hasSize(3);
                assertThat(topics.get("payments").partitions()).hasSize(1);
            }
        } finally {
            first.stop();
            second.stop();
        }
        assertThat(first.broker()).isNull();
    }

    static class ProcessModeTest {
        @InjectKafkaBroker
        ChildProcessKafkaBroker broker;
    }

    @Test
    void processModeRunsTheBrokerInAChildJvm() {
        KafkaResource resource = new KafkaResource();
        resource.init(Map.of(KafkaResource.MODE, "process", KafkaResource.TOPICS, "audit"));
        ProcessModeTest test = new ProcessModeTest();
        try {
            Map<String, String> config = resource.start();
            resource.inject(new FieldInjector(test));

            assertThat(test.broker).isNotNull();
            assertThat(test.broker.pid()).isNotEqualTo(ProcessHandle.current().pid());
            assertThat(config).containsEntry(KafkaResource.KAFKA_BOOTSTRAP_SERVERS, test.broker.bootstrapServers());
        } finally {
            resource.stop();
        }
        assertThat(test.broker.isAlive()).isFalse();
    }

    @Test
    void unknownModeIsRejected() {
        KafkaResource resource = new KafkaResource();
        resource.init(Map.of(KafkaResource.MODE, "docker"));

        assertThatThrownBy(resource::start)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'docker'");
    }

    @Test
    void topicSpecsParse() {
        assertThat(TopicSpecs.parse(" a:2 ,b,, c:10")).containsExactly(
                Map.entry("a", 2), Map.entry("b", 1), Map.entry("c", 10));
        assertThatThrownBy(() -> TopicSpecs.parse("a:x")).isInstanceOf(IllegalArgumentException.class);
    }
}
