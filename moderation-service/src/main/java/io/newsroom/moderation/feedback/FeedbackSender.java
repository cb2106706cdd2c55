package io.newsroom.moderation.feedback;

import io.newsroom.moderation.akismet.AkismetClient;
import io.newsroom.moderation.akismet.AkismetConfig;
import io.newsroom.moderation.akismet.AkismetThrottle;
import io.newsroom.moderation.akismet.CheckResult;
import io.newsroom.moderation.decision.AkismetVerdict;
import io.newsroom.moderation.decision.Backoff;
import io.newsroom.moderation.jobs.CoalescingRun;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sends queued submit-spam/submit-ham until Akismet says thanks. The plugin sends once and forgets; a
 * moderator's correction is what teaches Akismet, so we do not lose it to a network blip.
 */
@ApplicationScoped
public class FeedbackSender {
    private static final Logger LOG = Logger.getLogger(FeedbackSender.class);
    /** Tasks claimed at a time: small, so a replica that dies holds few of them for the length of a lease. */
    private static final int CLAIM = 10;

    @Inject
    FeedbackRepository feedback;
    @Inject
    AkismetClient client;
    @Inject
    AkismetConfig config;
    @Inject
    AkismetThrottle throttle;

    private final CoalescingRun runs = new CoalescingRun(this::sendDue, LOG, "Akismet feedback run failed; feedback stays queued");

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) FeedbackQueued queued) {
        Infrastructure.getDefaultWorkerPool().execute(this::run);
    }

    @Scheduled(every = "${newsroom.akismet.recheck.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        run();
    }

    void run() {
        // during a 429 pause nothing is sent; the poll after it sends what is due
        if (config.enabled() && throttle.remaining().isEmpty()) {
            runs.run();
        }
    }

    private void sendDue() {
        Backoff backoff = new Backoff(config.recheck().initialBackoff(), config.recheck().maxBackoff());
        Duration perCall = config.timeout().plus(Duration.ofSeconds(5));
        List<FeedbackRepository.Due> claimed;
        do {
            claimed = feedback.claimDue(CLAIM, Instant.now().plus(perCall.multipliedBy(CLAIM + 1)));
            for (FeedbackRepository.Due due : claimed) {
                Optional<CheckResult.Failure> failure = client.submit(due.kind() == AkismetVerdict.SPAM, due.fields(), due.reporter())
                        .await().atMost(perCall);
                if (failure.isEmpty()) {
                    feedback.acknowledged(due.id());
                } else {
                    feedback.failed(due.id(), failure.get().detail(), failure.get().retryAfter(), backoff);
                    LOG.warnf("Akismet did not acknowledge feedback (%s); retried with backoff", failure.get().detail());
                    return; // the rest of this claim comes due again when its lease ends
                }
            }
        } while (claimed.size() == CLAIM);
    }
}
