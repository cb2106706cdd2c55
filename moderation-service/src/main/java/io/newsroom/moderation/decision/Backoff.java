package io.newsroom.moderation.decision;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Exponential backoff with a cap: the n-th consecutive failure waits {@code initial × 2^(n-1)}, never more than
 * {@code max}, and never less than a {@code Retry-After} Akismet asked for.
 */
public record Backoff(Duration initial, Duration max) {

    public Duration delayAfter(int failures) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        // 2^30 × any sane initial overflows long millis; the cap is reached long before
        int shift = Math.min(failures - 1, 30);
        long millis = initial.toMillis();
        long capped = millis > (max.toMillis() >> shift) ? max.toMillis() : millis << shift;
        return Duration.ofMillis(Math.min(capped, max.toMillis()));
    }

    public Instant next(Instant now, int failures, Optional<Duration> retryAfter) {
        Duration delay = delayAfter(failures);
        if (retryAfter.isPresent() && retryAfter.get().compareTo(delay) > 0) {
            delay = retryAfter.get();
        }
        return now.plus(delay);
    }
}
