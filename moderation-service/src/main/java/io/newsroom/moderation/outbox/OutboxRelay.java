package io.newsroom.moderation.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.newsroom.moderation.broker.ConfirmedPublisher;
import io.newsroom.moderation.jobs.CoalescingRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Publishes the outbox and deletes a row only once the broker confirmed that very message and routed it to a
 * queue, so a decision reaches comment-service even if the broker was away when it was taken. Each batch is
 * claimed ({@code FOR UPDATE SKIP LOCKED}) for the time it is being published: replicas split the outbox instead
 * of publishing it twice. A duplicate after a crash is harmless: comment-service applies a {@code decisionSeq} once.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;

    @Inject
    OutboxRepository outbox;
    @Inject
    ConfirmedPublisher publisher;
    @ConfigProperty(name = "newsroom.events.comment-moderated.exchange")
    String exchange;
    @ConfigProperty(name = "newsroom.events.comment-moderated.routing-key")
    String routingKey;
    @ConfigProperty(name = "newsroom.events.privacy-erasure-done.exchange")
    String erasureDoneExchange;
    @ConfigProperty(name = "newsroom.events.privacy-erasure-done.routing-key")
    String erasureDoneRoutingKey;

    private volatile boolean lastRunFailed;
    private final CoalescingRun runs = new CoalescingRun(this::publishAll, LOG, "outbox run failed; events stay in the outbox");

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        Infrastructure.getDefaultWorkerPool().execute(this::drain);
    }

    @Scheduled(every = "${newsroom.moderation.outbox-interval}", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        drain();
    }

    void drain() {
        runs.run();
    }

    private void publishAll() {
        boolean more = true;
        while (more) {
            more = QuarkusTransaction.requiringNew().call(this::publishOneBatch);
        }
    }

    /** In one transaction: claim a batch, publish it, delete what was confirmed. True when more may be waiting. */
    private boolean publishOneBatch() {
        List<OutboxEvent> batch = outbox.claimOldest(BATCH);
        if (batch.isEmpty()) {
            return false;
        }
        List<ConfirmedPublisher.Outgoing> messages = batch.stream()
                .map(row -> OutboxRepository.MODERATED.equals(row.eventType)
                        ? new ConfirmedPublisher.Outgoing(row.id.toString(), exchange, routingKey, row.payload)
                        : new ConfirmedPublisher.Outgoing(row.id.toString(), erasureDoneExchange, erasureDoneRoutingKey, row.payload))
                .toList();
        Set<String> confirmed;
        try {
            confirmed = publisher.publish(messages);
        } catch (IOException e) {
            warnOnce("comment.moderated not confirmed by the broker (" + e.getMessage() + "); kept in the outbox for the next try");
            outbox.countAttempt(batch.stream().map(row -> row.id).toList());
            return false;
        }
        List<UUID> done = batch.stream().filter(row -> confirmed.contains(row.id.toString())).map(row -> row.id).toList();
        outbox.deleteAll(done);
        if (done.size() < batch.size()) {
            warnOnce((batch.size() - done.size()) + " comment.moderated routed to no queue (is comment-service's queue bound to "
                    + exchange + "?); kept in the outbox for the next try");
            outbox.countAttempt(batch.stream().map(row -> row.id).filter(id -> !done.contains(id)).toList());
            return false;
        }
        if (lastRunFailed) {
            LOG.info("comment.moderated confirmed by the broker again; the outbox drains");
            lastRunFailed = false;
        }
        return batch.size() == BATCH;
    }

    private void warnOnce(String message) {
        if (!lastRunFailed) {
            LOG.warn(message);
        } else {
            LOG.debug(message);
        }
        lastRunFailed = true;
    }
}
