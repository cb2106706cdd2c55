package io.newsroom.moderation.akismet;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether Akismet can be trusted right now. Verified at start and again (at most every key-retry) while it is
 * not known to be valid. An invalid key is loud: an ERROR log, a degraded readiness check with the reason (still UP), and
 * comments are held instead of trusting Akismet.
 */
@ApplicationScoped
public class AkismetKeyState {
    private static final Logger LOG = Logger.getLogger(AkismetKeyState.class);

    public enum Status { NO_KEY, UNVERIFIED, VALID, INVALID }

    @Inject
    AkismetConfig config;
    @Inject
    AkismetClient client;

    private volatile Status status = Status.UNVERIFIED;
    private volatile String detail = "not verified yet";
    private volatile Instant lastAttempt = Instant.EPOCH;

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            status = Status.NO_KEY;
            detail = "no AKISMET_API_KEY: the site's rules alone decide";
            LOG.warn("No AKISMET_API_KEY configured: Akismet is OFF and moderation runs on the site's rules alone "
                    + "(disallowed words, moderation words, link limit, previously-approved authors).");
            return;
        }
        LOG.infof("Akismet is ON at %s for site %s; verifying the key", config.baseUrl(), config.blog());
        lastAttempt = Instant.now();
        client.verifyKey().subscribe().with(this::apply);
    }

    /** Blocking: verifies again when the key is not known to be valid and key-retry has passed. */
    public Status refreshIfNeeded() {
        if (status == Status.NO_KEY || status == Status.VALID) {
            return status;
        }
        if (Duration.between(lastAttempt, Instant.now()).compareTo(config.recheck().keyRetry()) >= 0) {
            lastAttempt = Instant.now();
            apply(client.verifyKey().await().indefinitely());
        }
        return status;
    }

    /** comment-check said {@code invalid}: the key was revoked or never worked. */
    public void rejected(String why) {
        if (status != Status.INVALID) {
            LOG.errorf("AKISMET KEY REJECTED (%s): comments are held for moderators until the key works", why);
        }
        status = Status.INVALID;
        detail = why;
        lastAttempt = Instant.now();
    }

    /** A verdict proves the key works: no need to wait for key-retry after a start-up verify that timed out. */
    public void confirmed() {
        if (status == Status.UNVERIFIED) {
            status = Status.VALID;
            detail = "key valid (Akismet answered a check)";
            LOG.info("Akismet key confirmed by a verdict: valid");
        }
    }

    private void apply(AkismetClient.KeyCheck check) {
        if (check.answer().isEmpty()) {
            status = status == Status.VALID ? Status.VALID : Status.UNVERIFIED;
            detail = "Akismet unreachable while verifying the key: " + check.detail();
            LOG.warnf("Could not verify the Akismet key (%s); comments are held and re-checked until Akismet answers",
                    check.detail());
        } else if (check.answer().get() == AkismetClient.KeyAnswer.VALID) {
            status = Status.VALID;
            detail = "key valid";
            LOG.info("Akismet key verified: valid");
        } else {
            rejected("Akismet answered '" + check.detail() + "' to verify-key: check AKISMET_API_KEY");
        }
    }

    public Status status() {
        return status;
    }

    public String detail() {
        return detail;
    }
}
