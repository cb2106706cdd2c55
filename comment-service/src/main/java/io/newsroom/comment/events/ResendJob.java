package io.newsroom.comment.events;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.newsroom.comment.config.CommentConfig;
import io.newsroom.comment.store.Comment;
import io.newsroom.comment.store.CommentRepository;
import io.newsroom.comment.store.CommentStatus;
import io.quarkus.scheduler.Scheduled;

/**
 * Pending comments that never saw a decision (moderation lost the event, or crashed before
 * deciding) are announced again with {@code resent: true}. The state lives in PostgreSQL
 * (status, decision_seq, last_submitted_at), so a restart loses nothing.
 */
@ApplicationScoped
public class ResendJob {

    @Inject
    CommentRepository comments;
    @Inject
    Outbox outbox;
    @Inject
    CommentConfig config;

    @Scheduled(every = "${newsroom.comments.resend-interval}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        resendStale();
    }

    /** Queues a re-send for each stale undecided comment; returns how many. */
    @Transactional
    public int resendStale() {
        Instant cutoff = Instant.now().minus(config.resendAfter());
        // Comments whose previous event is still in the outbox are the relay's business, not ours.
        List<Comment> stale = comments.find("from Comment c where c.status = ?1"
                + " and c.decisionSeq = 0 and c.deleted = false and c.lastSubmittedAt < ?2"
                + " and not exists (select 1 from OutboxEvent o where o.commentId = c.id)"
                + " order by c.lastSubmittedAt", CommentStatus.PENDING, cutoff)
                .page(0, 200).list();
        stale.forEach(comment -> outbox.submitted(comment, true));
        return stale.size();
    }
}
