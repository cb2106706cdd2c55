package io.newsroom.moderation.akismet;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.newsroom.moderation.jobs.CoalescingRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;

/**
 * Sends queued submit-spam/submit-ham until Akismet says thanks. The plugin sends once and forgets; a
 * moderator's correction is what teaches Akismet, so we do not lose it to a network blip.
 */
@ApplicationScoped
public class FeedbackSender {
    private static final Logger LOG = Logger.getLogger(FeedbackSender.class);

    @Inject
    FeedbackService feedback;
    @Inject
    AkismetClient client;
    @Inject
    AkismetConfig config;


    private final CoalescingRun runs = new CoalescingRun(this::sendDue, LOG, "Akismet feedback run failed; feedback stays queued");

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) FeedbackService.Queued queued) {
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

    private void sendDue() {
        for (FeedbackService.Due due : feedback.due(100)) {
            Optional<CheckResult.Failure> failure = client.submit(due.spam(), due.fields(), due.reporter())
                    .await().atMost(config.timeout().plus(Duration.ofSeconds(5)));
            if (failure.isEmpty()) {
                feedback.acknowledged(due.id());
            } else {
                feedback.failed(due.id(), failure.get());
                LOG.warnf("Akismet did not acknowledge feedback (%s); retried with backoff", failure.get().detail());
                return;
            }
        }
    }
}
