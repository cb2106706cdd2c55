package io.newsroom.comment.events;

import java.time.Duration;
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

    /** The longest wait between two re-sends of the same comment. */
    static final Duration MAX_RESEND_GAP = Duration.ofHours(1);

    /**
     * Queues a re-send for each stale undecided comment; returns how many. The wait before a re-send doubles with
     * each one (it is at least {@code resend-after} and at least as long as the comment had waited when it was last
     * sent, capped at an hour): a moderation backlog is not made longer by re-sending every undecided comment
     * every {@code resend-after}. The comments are claimed ({@code FOR UPDATE SKIP LOCKED}) until the transaction
     * ends, when their new {@code lastSubmittedAt} takes them out of the next pass: replicas running this job at
     * once split the comments instead of re-sending each twice.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public int resendStale() {
        Instant now = Instant.now();
        Instant cutoff = now.minus(config.resendAfter());
        // Comments whose previous event is still in the outbox are the relay's business, not ours.
        List<Comment> stale = comments.getEntityManager().createNativeQuery("select c.* from comment c"
                + " where c.status = 'PENDING' and c.decision_seq = 0 and c.deleted = false and c.last_submitted_at < :cutoff"
                + " and c.last_submitted_at < cast(:now as timestamptz) - least(c.last_submitted_at - c.created_at,"
                + " cast(:maxGap as interval))"
                + " and not exists (select 1 from outbox_event o where o.comment_id = c.id)"
                + " order by c.last_submitted_at limit 200 for update of c skip locked", Comment.class)
                .setParameter("cutoff", cutoff).setParameter("now", now)
                .setParameter("maxGap", MAX_RESEND_GAP.toSeconds() + " seconds").getResultList();
        stale.forEach(comment -> outbox.submitted(comment, true));
        return stale.size();
    }
}
