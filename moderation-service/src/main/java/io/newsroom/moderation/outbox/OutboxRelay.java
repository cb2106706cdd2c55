package io.newsroom.moderation.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import io.vertx.core.json.JsonObject;
import io.newsroom.moderation.broker.BrokerIdentity;
import io.newsroom.moderation.jobs.CoalescingRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;

/**
 * Publishes the outbox in order and deletes a row only once the broker confirmed it, so a decision reaches
 * comment-service even if the broker was away when it was taken. A duplicate after a crash is harmless:
 * comment-service applies a {@code decisionSeq} once.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;

    @Inject
    OutboxRepository outbox;
    @Inject
    @Channel("comment-moderated")
    MutinyEmitter<JsonObject> emitter;
    @Inject
    @Channel("privacy-erasure-done")
    MutinyEmitter<JsonObject> erasureDone;
    @Inject
    BrokerIdentity broker;


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
        while (true) {
            List<OutboxEvent> batch = QuarkusTransaction.requiringNew().call(() -> outbox.oldest(BATCH));
            if (batch.isEmpty()) {
                return;
            }
            for (OutboxEvent row : batch) {
                try {
                    OutgoingRabbitMQMetadata meta = OutgoingRabbitMQMetadata.builder()
                            .withContentType("application/json")
                            .withDeliveryMode(2)
                            .withMessageId(row.id.toString())
                            .withType(row.eventType)
                            .withUserId(broker.user())
                            .build();
                    MutinyEmitter<JsonObject> to = OutboxRepository.MODERATED.equals(row.eventType) ? emitter : erasureDone;
                    to.sendMessage(Message.of(new JsonObject(row.payload), Metadata.of(meta)))
                            .await().atMost(Duration.ofSeconds(10));
                } catch (RuntimeException e) {
                    LOG.warnf("comment.moderated not confirmed by the broker (%s); kept in the outbox for the next try",
                            e.getMessage());
                    QuarkusTransaction.requiringNew().run(() -> outbox.update("attempts = attempts + 1 where id = ?1", row.id));
                    return;
                }
                QuarkusTransaction.requiringNew().run(() -> outbox.deleteById(row.id));
            }
            if (batch.size() < BATCH) {
                return;
            }
        }
    }
}
