package io.newsroom.moderation.checks;

import io.newsroom.moderation.akismet.AkismetClient;
import io.newsroom.moderation.akismet.AkismetConfig;
import io.newsroom.moderation.akismet.AkismetKeyState;
import io.newsroom.moderation.akismet.AkismetThrottle;
import io.newsroom.moderation.akismet.CheckResult;
import io.newsroom.moderation.decision.AkismetAnswer;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.newsroom.moderation.jobs.CoalescingRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends due comments to Akismet, up to {@code newsroom.akismet.concurrency} at once. Runs right after a comment
 * arrives and on a timer for re-checks. A run stops at the first failure (as the plugin's cron does); first-time
 * comments it did not get to are then held at once, so none waits undecided while Akismet is away.
 */
@ApplicationScoped
public class CheckRunner {
    private static final Logger LOG = Logger.getLogger(CheckRunner.class);

    @Inject
    CheckService checks;
    @Inject
    AkismetClient client;
    @Inject
    AkismetConfig config;
    @Inject
    AkismetKeyState keyState;
    @Inject
    AkismetThrottle throttle;

    /** Set when Akismet itself looked down (timeout, refused, 5xx); cleared by the next answer. */
    private volatile CheckResult.Failure outage;

    private final CoalescingRun runs = new CoalescingRun(this::runOnce, LOG, "Akismet check run failed; due comments stay due");

    void onDue(@Observes(during = TransactionPhase.AFTER_SUCCESS) CheckDue due) {
        Infrastructure.getDefaultWorkerPool().execute(this::run);
    }

    @Scheduled(every = "${newsroom.akismet.recheck.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        run();
    }

    void run() {
        if (config.enabled()) {
            runs.run();
        }
    }

    private void runOnce() {
        if (keyState.refreshIfNeeded() == AkismetKeyState.Status.INVALID) {
            holdFirstChecks(CheckResult.Failure.of(AkismetAnswer.FailureKind.INVALID_KEY, keyState.detail()));
            return;
        }
        Optional<Duration> paused = throttle.remaining();
        if (paused.isPresent()) {
            // a 429 pauses every call: new comments are held at once and come due when the pause is over
            holdFirstChecks(new CheckResult.Failure(AkismetAnswer.FailureKind.THROTTLED,
                    "throttled (429): calls to Akismet paused until " + throttle.pausedUntil(), paused, Optional.empty()));
            return;
        }
        if (outage != null && !recovered()) {
            // still down: new comments are held at once instead of each waiting out a timeout
            holdFirstChecks(outage);
            return;
        }
        while (true) {
            List<CheckService.CheckJob> jobs = checks.claimDue(config.concurrency());
            if (jobs.isEmpty()) {
                return;
            }
            List<Uni<CheckResult>> calls = jobs.stream()
                    .map(j -> client.commentCheck(j.fields(), j.recheckReason()))
                    .toList();
            List<CheckResult> results = Uni.join().all(calls).andCollectFailures()
                    .await().atMost(config.timeout().multipliedBy(2).plusSeconds(5));
            CheckResult.Failure firstFailure = null;
            for (int i = 0; i < jobs.size(); i++) {
                CheckResult result = results.get(i);
                checks.apply(jobs.get(i).commentId(), result, jobs.get(i).recheckReason());
                if (firstFailure == null && result instanceof CheckResult.Failure f) {
                    firstFailure = f;
                }
            }
            if (firstFailure != null && isOutage(firstFailure)) {
                outage = firstFailure;
            }
            if (firstFailure != null) {
                LOG.warnf("Akismet failed (%s): run stopped, comments held and re-checked with backoff",
                        firstFailure.detail());
                holdFirstChecks(firstFailure);
                return;
            }
        }
    }

    /**
     * During an outage each poll asks verify-key (one cheap call) whether Akismet is back; when it is, every
     * comment waiting out its backoff is checked now rather than up to max-backoff later.
     */
    private boolean recovered() {
        AkismetClient.KeyCheck probe = client.verifyKey().await().atMost(config.timeout().plusSeconds(5));
        if (probe.answer().isEmpty()) {
            return false;
        }
        LOG.infof("Akismet answers again: %d held comments re-checked now", checks.pullForwardRetries());
        outage = null;
        return true;
    }

    private static boolean isOutage(CheckResult.Failure f) {
        // a 429 has its own Retry-After and a bad answer is about one comment: neither means Akismet is away
        return f.kind().outage();
    }

    private void holdFirstChecks(CheckResult.Failure why) {
        // held now, re-checked with backoff later; the next poll takes any that arrive meanwhile
        for (UUID id : checks.dueFirstChecks(1000)) {
            checks.apply(id, why, null);
        }
    }
}
