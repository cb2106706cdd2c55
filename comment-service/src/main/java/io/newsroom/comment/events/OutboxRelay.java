package io.newsroom.comment.events;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ThreadContext;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.comment.config.CommentConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import io.vertx.core.json.JsonObject;

/**
 * Moves outbox rows to RabbitMQ. Runs right after each commit (fire-and-forget, so an HTTP reply
 * never waits on the broker) and on a schedule (so rows written while the broker was away, or
 * before a crash, still go out). A row is deleted only when the broker confirms it (publisher
 * confirms), so delivery is at least once; consumers are idempotent by commentId and sequence.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    @Channel("comment-submitted")
    Emitter<JsonObject> submitted;
    @Inject
    @Channel("comment-status-changed")
    Emitter<JsonObject> statusChanged;
    @Inject
    @Channel("privacy-erasure-requested")
    Emitter<JsonObject> erasureRequested;
    @Inject
    OutboxRepository outbox;
    @Inject
    CommentConfig config;
    @Inject
    MeterRegistry registry;
    /** Our connection's user: RabbitMQ refuses a user_id that is not, so consumers can trust that it names us. */
    @ConfigProperty(name = "rabbitmq-username")
    String brokerUser;

    /**
     * Own executor with no context propagation: a pass started after a commit must not inherit
     * the committed (now inactive) transaction of the request that triggered it.
     */
    private ManagedExecutor executor;

    /** Rows handed to the broker and not yet confirmed, with when they were handed over. */
    private final Map<UUID, Instant> inFlight = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean();
    /** Confirmed by the broker, not yet deleted: deleted in batches, one transaction each. */
    private final ConcurrentLinkedQueue<Confirmed> confirmed = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean confirming = new AtomicBoolean();

    private record Confirmed(UUID id, UUID commentId, String type) {
    }
    private final AtomicBoolean again = new AtomicBoolean();

    @PostConstruct
    void start() {
        executor = ManagedExecutor.builder().maxAsync(4).propagated().cleared(ThreadContext.ALL_REMAINING).build();
        // A growing backlog means the broker has been away: worth an alert, not a loss.
        Gauge.builder("newsroom.outbox.pending", outbox,
                repository -> QuarkusTransaction.requiringNew().call(repository::count)).register(registry);
        Gauge.builder("newsroom.outbox.in-flight", inFlight, Map::size).register(registry);
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        executor.execute(this::drain);
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
                more = publishBatch();
            } while (more || again.get());
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay pass failed, will retry: %s", e.toString());
        } finally {
            running.set(false);
        }
    }

    /** One pass; true when a full batch went out (there may be more). */
    private boolean publishBatch() {
        Instant stale = Instant.now().minus(config.relayInflightTimeout());
        inFlight.values().removeIf(handedOver -> handedOver.isBefore(stale));
        List<OutboxEvent> rows = outbox.oldest(config.relayBatchSize(), List.copyOf(inFlight.keySet()));
        for (OutboxEvent row : rows) {
            Emitter<JsonObject> emitter = emitterFor(row.eventType);
            inFlight.put(row.id, Instant.now());
            try {
                emitter.send(message(row));
            } catch (RuntimeException e) {
                // The emitter's buffer is full while the broker is away: the schedule will try again.
                inFlight.remove(row.id);
                LOG.debugf("Broker not taking events now: %s", e.toString());
                return false;
            }
        }
        return rows.size() == config.relayBatchSize();
    }

    /**
     * Deletes what the broker confirmed, up to a batch per transaction; concurrent calls leave it to the one
     * running. A batch that cannot be deleted stays in the outbox and is published again (at least once).
     */
    private void deleteConfirmed() {
        if (!confirming.compareAndSet(false, true)) {
            return;
        }
        try {
            List<Confirmed> batch = new ArrayList<>();
            Confirmed next;
            do {
                batch.clear();
                while (batch.size() < config.relayBatchSize() && (next = confirmed.poll()) != null) {
                    batch.add(next);
                }
                if (batch.isEmpty()) {
                    break;
                }
                try {
                    outbox.confirm(batch.stream().map(Confirmed::id).toList(), batch.stream()
                            .filter(c -> OutboxEvent.SUBMITTED.equals(c.type())).map(Confirmed::commentId).toList());
                } catch (RuntimeException e) {
                    LOG.warnf("Could not delete %d confirmed outbox rows, they will be published again: %s",
                            batch.size(), e.toString());
                } finally {
                    batch.forEach(c -> inFlight.remove(c.id()));
                }
            } while (true);
        } finally {
            confirming.set(false);
        }
        // A confirm that arrived after the last poll and before the flag was cleared found it set.
        if (!confirmed.isEmpty()) {
            executor.execute(this::deleteConfirmed);
        }
    }

    private Emitter<JsonObject> emitterFor(String type) {
        if (OutboxEvent.SUBMITTED.equals(type)) {
            return submitted;
        }
        return OutboxEvent.ERASURE_REQUESTED.equals(type) ? erasureRequested : statusChanged;
    }

    private Message<JsonObject> message(OutboxEvent row) {
        UUID id = row.id;
        UUID commentId = row.commentId;
        String type = row.eventType;
        OutgoingRabbitMQMetadata metadata = OutgoingRabbitMQMetadata.builder()
                .withDeliveryMode(2)
                .withContentType("application/json")
                .withRoutingKey(type)
                .withMessageId(id.toString())
                .withType(type)
                .withUserId(brokerUser)
                .withTimestamp(row.createdAt.atZone(ZoneOffset.UTC))
                .build();
        return Message.of(new JsonObject(row.payload), Metadata.of(metadata),
                () -> {
                    confirmed.add(new Confirmed(id, commentId, type));
                    executor.execute(this::deleteConfirmed);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    inFlight.remove(id);
                    LOG.debugf("Broker refused event %s: %s", id, failure.toString());
                    return CompletableFuture.completedFuture(null);
                });
    }
}
