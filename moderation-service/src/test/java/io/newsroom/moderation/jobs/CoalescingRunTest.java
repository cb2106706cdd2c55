package io.newsroom.moderation.jobs;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CoalescingRunTest {

    @Test
    void aRequestDuringARunCausesExactlyOneMoreRun() {
        AtomicInteger runs = new AtomicInteger();
        AtomicReference<CoalescingRun> self = new AtomicReference<>();
        CoalescingRun job = new CoalescingRun(() -> {
            if (runs.incrementAndGet() == 1) {
                // two more requests while running: coalesced into one extra run
                self.get().run();
                self.get().run();
            }
        }, Logger.getLogger(CoalescingRunTest.class), "failed");
        self.set(job);
        job.run();
        assertEquals(2, runs.get());
    }

    @Test
    void aFailingRunIsLoggedAndTheNextRunStillHappens() {
        AtomicInteger runs = new AtomicInteger();
        CoalescingRun job = new CoalescingRun(() -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("database away");
            }
        }, Logger.getLogger(CoalescingRunTest.class), "failed");
        job.run();
        job.run();
        assertEquals(2, runs.get());
    }
}
