package io.newsroom.moderation.decision;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BackoffTest {
    final Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(30));

    @Test
    void doublesFromTheInitialDelayUpToTheCap() {
        assertEquals(Duration.ZERO, backoff.delayAfter(0));
        assertEquals(Duration.ofMinutes(1), backoff.delayAfter(1));
        assertEquals(Duration.ofMinutes(2), backoff.delayAfter(2));
        assertEquals(Duration.ofMinutes(16), backoff.delayAfter(5));
        assertEquals(Duration.ofMinutes(30), backoff.delayAfter(6));
        assertEquals(Duration.ofMinutes(30), backoff.delayAfter(1000));
    }

    @Test
    void neverSoonerThanRetryAfter() {
        Instant now = Instant.parse("2026-11-25T08:00:00Z");
        assertEquals(now.plus(Duration.ofMinutes(5)), backoff.next(now, 1, Optional.of(Duration.ofMinutes(5))));
        assertEquals(now.plus(Duration.ofMinutes(2)), backoff.next(now, 2, Optional.of(Duration.ofSeconds(10))));
    }
}
