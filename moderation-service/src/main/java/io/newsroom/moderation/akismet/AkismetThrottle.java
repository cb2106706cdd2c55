package io.newsroom.moderation.akismet;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Akismet's 429: the key is throttled, not one comment. Every call — checks, feedback, verify-key, usage — waits
 * until the {@code Retry-After} has passed; calls in the meantime fail at once as throttled, without being sent.
 */
@ApplicationScoped
public class AkismetThrottle {
    private static final Logger LOG = Logger.getLogger(AkismetThrottle.class);

    private final Clock clock;
    private volatile Instant pausedUntil = Instant.EPOCH;

    public AkismetThrottle() {
        this(Clock.systemUTC());
    }

    AkismetThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Akismet answered 429: no call before {@code now + wait} (a later pause never shortens an earlier one). */
    public synchronized void pause(Duration wait) {
        Instant until = clock.instant().plus(wait);
        if (until.isAfter(pausedUntil)) {
            pausedUntil = until;
            LOG.warnf("Akismet throttled this key (429): every call to Akismet waits until %s", until);
        }
    }

    /** How long calls must still wait; empty when they may go. */
    public Optional<Duration> remaining() {
        Duration left = Duration.between(clock.instant(), pausedUntil);
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    public Instant pausedUntil() {
        return pausedUntil;
    }
}
