package dev.streamt.runtime.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeyedDrainsTest {

    @Test
    void aKeyWhoseDrainHangsDoesNotHoldUpTheOthers() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch otherDrained = new CountDownLatch(1);
        try (KeyedDrains<String> drains = new KeyedDrains<>("test", 2, key -> {
            if (key.equals("stuck/dev")) {
                await(release);
            } else {
                otherDrained.countDown();
            }
        })) {
            drains.signal("stuck/dev");
            drains.signal("good/dev");

            assertThat(otherDrained.await(5, TimeUnit.SECONDS)).isTrue();
            release.countDown();
        }
    }

    @Test
    void oneKeyDrainsOneAtATimeAndASignalDuringADrainDrainsAgain() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunning = new AtomicInteger();
        List<Integer> drained = new CopyOnWriteArrayList<>();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch twoRuns = new CountDownLatch(2);
        try (KeyedDrains<String> drains = new KeyedDrains<>("test", 4, key -> {
            maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            int run = runs.incrementAndGet();
            if (run == 1) {
                firstStarted.countDown();
                await(release);
            }
            drained.add(run);
            running.decrementAndGet();
            twoRuns.countDown();
        })) {
            drains.signal("shop/dev");
            firstStarted.await();
            drains.signal("shop/dev");
            drains.signal("shop/dev");
            release.countDown();

            assertThat(twoRuns.await(5, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(200);
            assertThat(drained).as("the two signals during the drain coalesce into one more drain").containsExactly(1, 2);
            assertThat(maxRunning).hasValue(1);
        }
    }

    @Test
    void aFailingDrainIsLoggedAndTheKeyDrainsOnItsNextSignal() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch second = new CountDownLatch(1);
        try (KeyedDrains<String> drains = new KeyedDrains<>("test", 1, key -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("boom");
            }
            second.countDown();
        })) {
            drains.signal("shop/dev");
            while (drains.active() > 0) {
                Thread.sleep(10);
            }
            drains.signal("shop/dev");
            assertThat(second.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
