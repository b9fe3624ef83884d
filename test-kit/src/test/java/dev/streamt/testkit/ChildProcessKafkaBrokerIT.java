package dev.streamt.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChildProcessKafkaBrokerIT {

    @Test
    void recordTravelsThroughAConsumerGroupAndCloseEndsTheProcess() throws Exception {
        ChildProcessKafkaBroker broker = ChildProcessKafkaBroker.start();
        ProcessHandle process = broker.processHandle();
        try {
            assertThat(broker.isAlive()).isTrue();
            assertThat(broker.pid()).isNotEqualTo(ProcessHandle.current().pid());
            assertThat(broker.workDirectory()).startsWith(WorkDirectories.base());
            broker.createTopic("events", 2);

            KafkaRoundTrip.produce(broker, "events", List.of("e1".getBytes(UTF_8), "e2".getBytes(UTF_8), "e3".getBytes(UTF_8)));
            List<byte[]> consumed = KafkaRoundTrip.consumeWithGroup(broker, "events", "events-reader", 3);

            assertThat(consumed).extracting(value -> new String(value, UTF_8)).containsExactlyInAnyOrder("e1", "e2", "e3");
            assertThat(Files.readString(broker.logFile())).contains("Kafka Server started");
        } finally {
            broker.close();
        }
        assertThat(process.isAlive()).isFalse();
        assertThat(broker.isAlive()).isFalse();
        assertThat(Files.exists(broker.workDirectory())).isFalse();
        broker.close();
    }

    @Test
    void brokerThatCannotStartReportsItsLog() {
        Path directory = WorkDirectories.createUnique("kafka-process-failing-");
        ChildProcessKafkaBroker.Builder builder = ChildProcessKafkaBroker.builder()
                .workDirectory(directory)
                .config("message.max.bytes", "not-a-number")
                .startupTimeout(Duration.ofSeconds(30));
        try {
            assertThatThrownBy(builder::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("exited with code 1 before answering on localhost:")
                    .hasMessageContaining("log file: " + directory.resolve("broker.log"))
                    .hasMessageContaining("last log lines:")
                    .hasMessageContaining("Invalid value not-a-number for configuration message.max.bytes");
        } finally {
            // The kit keeps a failed broker's directory for inspection; this failure was on purpose.
            WorkDirectories.deleteRecursively(directory);
        }
    }

    @Test
    void brokerThatDoesNotAnswerInTimeIsStoppedAndReported() {
        Path directory = WorkDirectories.createUnique("kafka-process-slow-");
        ChildProcessKafkaBroker.Builder builder = ChildProcessKafkaBroker.builder()
                .workDirectory(directory)
                .startupTimeout(Duration.ofMillis(1));
        try {
            assertThatThrownBy(builder::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageMatching("(?s)Kafka broker did not answer on localhost:\\d+ within 1ms; log file: .*; last log lines:.*");
        } finally {
            WorkDirectories.deleteRecursively(directory);
        }
    }

    @Test
    void listenerSettingsAreManagedByTheKit() {
        assertThatThrownBy(() -> ChildProcessKafkaBroker.builder().config("listeners", "PLAINTEXT://localhost:9092"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("managed by the test kit");
    }
}
