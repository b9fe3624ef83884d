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
        Optional<String> found = new Arrivals(4).await(() -> looks.incrementAndGet() < 3 ? Optional.empty()
                : Optional.of("cs-1"), Duration.ofSeconds(5));

        assertThat(found).contains("cs-1");
        assertThat(looks).hasValue(3);
    }

    @Test
    void givesUpAfterThePatienceAndLooksAtLeastOnce() {
        AtomicInteger looks = new AtomicInteger();
        Optional<String> found = new Arrivals(4).await(() -> {
            looks.incrementAndGet();
            return Optional.empty();
        }, Duration.ZERO);

        assertThat(found).isEmpty();
        assertThat(looks).hasValue(1);
    }

    @Test
    void whenAsManyAsAllowedAlreadyWaitAMissIsAnsweredAtOnce() throws Exception {
        Arrivals arrivals = new Arrivals(1);
        java.util.concurrent.CountDownLatch waiting = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        AtomicInteger firstLooks = new AtomicInteger();
        Thread first = new Thread(() -> arrivals.await(() -> {
            // The first look comes before the wait; from the second one on, this caller holds the only permit.
            if (firstLooks.incrementAndGet() == 2) {
                waiting.countDown();
            }
            return release.getCount() == 0 ? Optional.of("late") : Optional.empty();
        }, Duration.ofSeconds(30)));
        first.start();
        waiting.await();

        AtomicInteger looks = new AtomicInteger();
        Optional<String> second = arrivals.await(() -> {
            looks.incrementAndGet();
            return Optional.empty();
        }, Duration.ofSeconds(30));

        assertThat(second).isEmpty();
        assertThat(looks).as("looked once, did not wait").hasValue(1);
        release.countDown();
        first.join();
    }
}
