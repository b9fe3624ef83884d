package dev.streamt.runtime.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.runtime.secrets.SecretScrubber;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.InvalidConfigurationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.internals.KafkaFutureImpl;
import org.junit.jupiter.api.Test;

class KafkaErrorsTest {

    @Test
    void unwrapsTheFutureApiWrappers() {
        UnknownTopicOrPartitionException cause = new UnknownTopicOrPartitionException("gone");

        assertThat(KafkaErrors.unwrap(new ExecutionException(new CompletionException(cause)))).isSameAs(cause);
    }

    @Test
    void saysWhatKindOfProblemItIs() {
        SecretScrubber none = SecretScrubber.none();

        assertThat(KafkaErrors.describe(new ExecutionException(new TimeoutException(
                "Timed out waiting for a node assignment. Call: createTopics")), none))
                .isEqualTo("the Kafka cluster did not answer in time: Timed out waiting for a node assignment. "
                        + "Call: createTopics");
        assertThat(KafkaErrors.describe(new TopicAuthorizationException("denied"), none))
                .startsWith("not authorized on the Kafka cluster");
        assertThat(KafkaErrors.describe(new IllegalStateException(), none)).isEqualTo(
                "IllegalStateException: IllegalStateException");
    }

    @Test
    void collectsTheFailedFuturesOfARequest() {
        KafkaFutureImpl<Void> failed = new KafkaFutureImpl<>();
        failed.completeExceptionally(new UnknownTopicOrPartitionException("gone"));
        Map<String, KafkaFuture<Void>> futures = new LinkedHashMap<>();
        futures.put("ok", KafkaFuture.completedFuture(null));
        futures.put("missing", failed);

        Map<String, Throwable> failures = KafkaErrors.failures(futures);

        assertThat(failures).containsOnlyKeys("missing");
        assertThat(failures.get("missing")).isInstanceOf(UnknownTopicOrPartitionException.class);
    }

    @Test
    void kafkaErrorsAreScrubbed() {
        SecretScrubber scrubber = SecretScrubber.of(new dev.streamt.runtime.secrets.Placeholders(java.util.Map.of("BOOTSTRAP", "broker-7.internal:9093", "RETENTION", "86400123x")::get), List.of("${BOOTSTRAP}", "${RETENTION}"));

        assertThat(KafkaErrors.describe(new ConfigException(
                "Couldn't resolve server broker-7.internal:9093 from bootstrap.servers"), scrubber))
                .isEqualTo("ConfigException: Couldn't resolve server ${BOOTSTRAP} from bootstrap.servers")
                .doesNotContain("broker-7");
        assertThat(KafkaErrors.describe(new InvalidConfigurationException(
                "Invalid value 86400123x for configuration retention.ms"), scrubber))
                .doesNotContain("86400123");
    }
}
