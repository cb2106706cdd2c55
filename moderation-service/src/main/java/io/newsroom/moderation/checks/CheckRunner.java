package io.newsroom.moderation.checks;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.moderation.akismet.AkismetClient;
import io.newsroom.moderation.akismet.AkismetConfig;
import io.newsroom.moderation.akismet.AkismetKeyState;
import io.newsroom.moderation.akismet.AkismetThrottle;
import io.newsroom.moderation.akismet.CheckResult;
import io.newsroom.moderation.decision.AkismetAnswer;
import io.newsroom.moderation.jobs.CoalescingRun;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends due comments to Akismet, up to {@code newsroom.akismet.concurrency} calls in flight at once, as a sliding
 * window: each answer, once stored, makes room for the next due comment at once, so one slow answer does not hold
 * back the others (a batch that waited for its slowest call kept ~16 in flight for ~25 decided/s at 500 ms). The
 * answers that came back meanwhile are stored together, in one transaction. Runs right after a comment arrives,
 * after answers are stored, and on a timer for re-checks. A run stops at the first failure (as the plugin's cron
 * does): first-time comments it did not get to are then held at once, so none waits undecided while Akismet is away.
 */
@ApplicationScoped
public class CheckRunner {
    private static final Logger LOG = Logger.getLogger(CheckRunner.class);
    /** At most this many answers per storing transaction: one commit for many decisions, short locks still. */
    static final int STORE_BATCH = 64;

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
    @Inject
    MeterRegistry registry;

    /** Set when Akismet itself looked down (timeout, refused, 5xx); cleared by the next answer. */
    private volatile CheckResult.Failure outage;

    /**
     * Free call slots. A slot is taken when a comment is claimed and given back only once its answer is stored, so
     * claimed-but-unstored work is bounded too, not just the HTTP calls.
     */
    private Semaphore slots;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final Queue<Answered> answered = new ConcurrentLinkedQueue<>();

    private final CoalescingRun claims = new CoalescingRun(this::claimAndSend, LOG, "Akismet check run failed; due comments stay due");
    private final CoalescingRun stores = new CoalescingRun(this::storeAnswers, LOG, "storing Akismet answers failed; the comments are checked again when their lease ends");

    /** One call's answer, waiting to be stored. */
    record Answered(CheckService.CheckJob job, CheckResult result) {
    }

    @PostConstruct
    void init() {
        slots = new Semaphore(config.concurrency());
        Gauge.builder("newsroom.akismet.checks.in-flight", inFlight, AtomicInteger::get)
                .description("comment-check calls to Akismet waiting for their answer").register(registry);
    }

    void onDue(@Observes(during = TransactionPhase.AFTER_SUCCESS) CheckDue due) {
        Infrastructure.getDefaultWorkerPool().execute(this::run);
    }

    @Scheduled(every = "${newsroom.akismet.recheck.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        run();
    }

    void run() {
        if (config.enabled()) {
            claims.run();
        }
    }

    /** The most comment-checks that were in flight at once since the start (for tests and operators). */
    public int mostInFlight() {
        return mostInFlight.get();
    }

    private void claimAndSend() {
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
            int free = slots.drainPermits();
            if (free == 0) {
                return; // every slot is busy: each stored answer calls this again
            }
            List<CheckService.CheckJob> jobs;
            try {
                jobs = checks.claimDue(free);
            } catch (RuntimeException e) {
                slots.release(free);
                throw e;
            }
            slots.release(free - jobs.size());
            for (CheckService.CheckJob job : jobs) {
                send(job);
            }
            if (jobs.size() < free) {
                return; // nothing more is due now
            }
        }
    }

    private void send(CheckService.CheckJob job) {
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        // non-blocking: the answer arrives on the event loop and is stored from a worker thread
        client.commentCheck(job.fields(), job.recheckReason()).subscribe().with(
                result -> answered(job, result),
                failure -> answered(job, AkismetClient.failureOf(failure)));
    }

    private void answered(CheckService.CheckJob job, CheckResult result) {
        inFlight.decrementAndGet();
        answered.add(new Answered(job, result));
        Infrastructure.getDefaultWorkerPool().execute(stores::run);
    }

    private void storeAnswers() {
        boolean failed = false;
        List<Answered> batch;
        while (!(batch = take()).isEmpty()) {
            CheckResult.Failure firstFailure = null;
            try {
                checks.applyAll(batch);
            } finally {
                slots.release(batch.size());
            }
            for (Answered a : batch) {
                if (a.result() instanceof CheckResult.Failure f) {
                    firstFailure = f;
                    break;
                }
            }
            if (firstFailure != null) {
                failed = true;
                if (firstFailure.kind().outage()) {
                    // a 429 has its own Retry-After and a bad answer is about one comment: neither means Akismet is away
                    outage = firstFailure;
                }
                LOG.warnf("Akismet failed (%s): run stopped, comments held and re-checked with backoff",
                        firstFailure.detail());
                holdFirstChecks(firstFailure);
            }
        }
        if (!failed) {
            // room again: the next due comments go out now (after a failure the next arrival or poll starts again)
            Infrastructure.getDefaultWorkerPool().execute(this::run);
        }
    }

    private List<Answered> take() {
        List<Answered> batch = new ArrayList<>();
        Answered a;
        while (batch.size() < STORE_BATCH && (a = answered.poll()) != null) {
            batch.add(a);
        }
        return batch;
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

    private void holdFirstChecks(CheckResult.Failure why) {
        // held now, re-checked with backoff later; the next poll takes any that arrive meanwhile
        for (UUID id : checks.dueFirstChecks(1000)) {
            checks.apply(id, why, null);
        }
    }
}
