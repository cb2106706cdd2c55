package io.newsroom.comment.events;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.newsroom.comment.config.CommentConfig;
import io.newsroom.comment.store.Comment;
import io.newsroom.comment.store.CommentRepository;
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

    /**
     * Queues a re-send for each stale undecided comment; returns how many. The comments are claimed
     * ({@code FOR UPDATE SKIP LOCKED}) until the transaction ends, when their new {@code lastSubmittedAt} takes them
     * out of the next pass: replicas running this job at once split the comments instead of re-sending each twice.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public int resendStale() {
        Instant cutoff = Instant.now().minus(config.resendAfter());
        // Comments whose previous event is still in the outbox are the relay's business, not ours.
        List<Comment> stale = comments.getEntityManager().createNativeQuery("select c.* from comment c"
                + " where c.status = 'PENDING' and c.decision_seq = 0 and c.deleted = false and c.last_submitted_at < :cutoff"
                + " and not exists (select 1 from outbox_event o where o.comment_id = c.id)"
                + " order by c.last_submitted_at limit 200 for update of c skip locked", Comment.class)
                .setParameter("cutoff", cutoff).getResultList();
        stale.forEach(comment -> outbox.submitted(comment, true));
        return stale.size();
    }
}
