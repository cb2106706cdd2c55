package io.newsroom.moderation.intake;

import io.newsroom.moderation.jobs.CoalescingRun;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Takes in the events that arrived meanwhile together, in one transaction: a commit (and its WAL flush) per
 * event, each on its own pooled connection, held intake at ~150 events/s. Each event's stage completes only once
 * its transaction committed, so the consumer still acknowledges nothing that is not stored. Should a batch fail,
 * each of its events is tried on its own, so one bad event cannot hold back the others.
 */
@ApplicationScoped
public class IntakeBatcher {
    private static final Logger LOG = Logger.getLogger(IntakeBatcher.class);
    /** At most this many events per transaction (the broker holds at most max-outstanding-messages un-acked). */
    static final int BATCH = 64;

    @Inject
    IntakeService intake;

    private record Pending(CommentSubmitted event, CompletableFuture<IntakeService.Outcome> done) {
    }

    private final Queue<Pending> waiting = new ConcurrentLinkedQueue<>();
    private final CoalescingRun drains = new CoalescingRun(this::drain, LOG, "comment.submitted intake run failed");

    /** Completes with the event's outcome once it is committed, or exceptionally if it could not be taken in. */
    public CompletionStage<IntakeService.Outcome> submit(CommentSubmitted event) {
        Pending p = new Pending(event, new CompletableFuture<>());
        waiting.add(p);
        Infrastructure.getDefaultWorkerPool().execute(drains::run);
        return p.done();
    }

    private void drain() {
        List<Pending> batch;
        while (!(batch = take()).isEmpty()) {
            try {
                List<IntakeService.Outcome> outcomes = intake.acceptAll(batch.stream().map(Pending::event).toList());
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).done().complete(outcomes.get(i));
                }
            } catch (RuntimeException batchFailed) {
                if (batch.size() == 1) {
                    batch.get(0).done().completeExceptionally(batchFailed);
                    continue;
                }
                LOG.debugf("%d comment.submitted together failed (%s); each on its own", batch.size(), batchFailed.getMessage());
                for (Pending p : batch) {
                    try {
                        p.done().complete(intake.accept(p.event()));
                    } catch (RuntimeException e) {
                        p.done().completeExceptionally(e);
                    }
                }
            }
        }
    }

    private List<Pending> take() {
        List<Pending> batch = new ArrayList<>();
        Pending p;
        while (batch.size() < BATCH && (p = waiting.poll()) != null) {
            batch.add(p);
        }
        return batch;
    }
}
