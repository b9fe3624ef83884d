package dev.streamt.runtime.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

class UndeliverableTest {

    @Test
    void anEventTheBrokerCanNeverTakeIsParkedWithTheReason() {
        assertThat(Undeliverable.reason(new RecordTooLargeException("The message is 33554500 bytes")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("too large", "33554500"));
        assertThat(Undeliverable.reason(new ExecutionException(new InvalidRecordException("bad batch"))))
                .as("wrapped by the future API").isPresent();
        assertThat(Undeliverable.reason(new SerializationException("cannot serialize"))).isPresent();
        assertThat(Undeliverable.reason(new InvalidTopicException("bad name"))).isPresent();
    }

    @Test
    void whatALaterAttemptMayGetPastIsRetried() {
        assertThat(Undeliverable.reason(new TimeoutException("Expiring 1 record(s)"))).isEmpty();
        assertThat(Undeliverable.reason(new NetworkException("disconnected"))).isEmpty();
        assertThat(Undeliverable.reason(new NotLeaderOrFollowerException("moving"))).isEmpty();
        assertThat(Undeliverable.reason(new TopicAuthorizationException("an ACL can be fixed"))).isEmpty();
    }
}
