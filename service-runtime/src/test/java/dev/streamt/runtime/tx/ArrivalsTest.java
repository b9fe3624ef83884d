package dev.streamt.runtime.tx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ArrivalsTest {

    @Test
    void findsWhatArrivesWithinThePatience() {
        AtomicInteger looks = new AtomicInteger();
        Optional<String> found = Arrivals.await(() -> looks.incrementAndGet() < 3 ? Optional.empty()
                : Optional.of("cs-1"), Duration.ofSeconds(5));

        assertThat(found).contains("cs-1");
        assertThat(looks).hasValue(3);
    }

    @Test
    void givesUpAfterThePatienceAndLooksAtLeastOnce() {
        AtomicInteger looks = new AtomicInteger();
        Optional<String> found = Arrivals.await(() -> {
            looks.incrementAndGet();
            return Optional.empty();
        }, Duration.ZERO);

        assertThat(found).isEmpty();
        assertThat(looks).hasValue(1);
    }
}
