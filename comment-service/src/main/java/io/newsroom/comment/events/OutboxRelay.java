package io.newsroom.comment.events;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.comment.broker.ConfirmedPublisher;
import io.newsroom.comment.config.CommentConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Moves outbox rows to RabbitMQ. Runs right after each commit (on its own thread, so an HTTP reply never waits on
 * the broker) and on a schedule (so rows written while the broker was away, or before a crash, still go out). Each
 * batch is claimed ({@code FOR UPDATE SKIP LOCKED}) for as long as it is being published, so replicas split the
 * outbox instead of publishing it twice, and a row is deleted only once the broker confirmed that very message and
 * routed it to a queue ({@link ConfirmedPublisher}). A duplicate after a crash between confirm and commit is
 * harmless: consumers are idempotent by commentId and sequence.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    OutboxRepository outbox;
    @Inject
    ConfirmedPublisher publisher;
    @Inject
    CommentConfig config;
    @Inject
    MeterRegistry registry;
    @ConfigProperty(name = "newsroom.events.comment-submitted.exchange")
    String submittedExchange;
    @ConfigProperty(name = "newsroom.events.comment-status-changed.exchange")
    String statusChangedExchange;
    @ConfigProperty(name = "newsroom.events.privacy-erasure-requested.exchange")
    String erasureRequestedExchange;

    /**
     * Own executor with no context propagation: a pass started after a commit must not inherit the committed (now
     * inactive) transaction of the request that triggered it.
     */
    private ManagedExecutor executor;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile boolean lastPassFailed;

    @PostConstruct
    void start() {
        executor = ManagedExecutor.builder().maxAsync(2).propagated().cleared(ThreadContext.ALL_REMAINING).build();
        // A growing backlog means the broker (or a consumer's queue) has been away: worth an alert, not a loss.
        Gauge.builder("newsroom.outbox.pending", outbox,
                repository -> QuarkusTransaction.requiringNew().call(repository::count)).register(registry);
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        if (!running.get() || !again.get()) {
            executor.execute(this::drain);
        }
    }

    @Scheduled(every = "${newsroom.comments.relay-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        drain();
    }

    /** Publishes what is waiting; concurrent calls coalesce into one more pass. */
    public void drain() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            boolean more;
            do {
                again.set(false);
                more = QuarkusTransaction.requiringNew().call(this::publishOneBatch);
            } while (more || again.get());
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay pass failed, its events stay in the outbox: %s", e.toString());
        } finally {
            running.set(false);
        }
        // A commit that saw this pass running after its last look at the flag: its rows still need a pass.
        if (again.get()) {
            executor.execute(this::drain);
        }
    }

    /** In one transaction: claim a batch, publish it, delete what was confirmed. True when more may be waiting. */
    private boolean publishOneBatch() {
        List<OutboxEvent> batch = outbox.claimOldest(config.relayBatchSize());
        if (batch.isEmpty()) {
            return false;
        }
        List<ConfirmedPublisher.Outgoing> messages = batch.stream()
                .map(row -> new ConfirmedPublisher.Outgoing(row.id.toString(), exchangeFor(row.eventType), row.eventType,
                        row.payload))
                .toList();
        Set<String> confirmed;
        try {
            confirmed = publisher.publish(messages);
        } catch (IOException e) {
            warnOnce("Events not confirmed by the broker (" + e.getMessage() + "); kept in the outbox for the next try");
            outbox.countAttempt(batch.stream().map(row -> row.id).toList());
            return false;
        }
        List<OutboxEvent> done = batch.stream().filter(row -> confirmed.contains(row.id.toString())).toList();
        outbox.confirm(done.stream().map(row -> row.id).toList(), done.stream()
                .filter(row -> OutboxEvent.SUBMITTED.equals(row.eventType)).map(row -> row.commentId).toList());
        if (done.size() < batch.size()) {
            List<UUID> kept = batch.stream().filter(row -> !confirmed.contains(row.id.toString())).map(row -> row.id).toList();
            warnOnce(kept.size() + " events routed to no queue (is the consumer's queue bound?); kept in the outbox for the next try");
            outbox.countAttempt(kept);
            return false;
        }
        if (lastPassFailed) {
            LOG.info("Events confirmed by the broker again; the outbox drains");
            lastPassFailed = false;
        }
        return batch.size() == config.relayBatchSize();
    }

    private String exchangeFor(String type) {
        return switch (type) {
            case OutboxEvent.SUBMITTED -> submittedExchange;
            case OutboxEvent.ERASURE_REQUESTED -> erasureRequestedExchange;
            default -> statusChangedExchange;
        };
    }

    private void warnOnce(String message) {
        if (!lastPassFailed) {
            LOG.warn(message);
        } else {
            LOG.debug(message);
        }
        lastPassFailed = true;
    }
}
