package dev.streamt.runtime.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    @Test
    void doublesTheBackoffAndStopsAfterTheLastAttempt() {
        RetrySchedule schedule = new RetrySchedule(4, Duration.ofMillis(100));

        assertThat(schedule.backoffAfter(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(schedule.backoffAfter(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(schedule.backoffAfter(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(schedule.retriesAfter(3)).isTrue();
        assertThat(schedule.retriesAfter(4)).isFalse();
    }

    @Test
    void capsTheBackoffEvenAfterManyAttempts() {
        RetrySchedule schedule = new RetrySchedule(1000, Duration.ofSeconds(1));

        assertThat(schedule.backoffAfter(999)).isEqualTo(RetrySchedule.MAX_BACKOFF);
    }

    @Test
    void oneAttemptMeansNoRetry() {
        assertThat(new RetrySchedule(1, Duration.ZERO).retriesAfter(1)).isFalse();
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new RetrySchedule(0, Duration.ZERO)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new RetrySchedule(3, Duration.ofMillis(-1))).hasMessageContaining("positive");
        assertThatThrownBy(() -> new RetrySchedule(3, Duration.ZERO).backoffAfter(0)).hasMessageContaining("1-based");
    }
}
