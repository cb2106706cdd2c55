package io.newsroom.comment.moderation;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.newsroom.comment.events.Outbox;
import io.newsroom.comment.store.Comment;
import io.newsroom.comment.store.CommentRepository;
import io.newsroom.comment.store.CommentStatus;
import io.newsroom.comment.thread.ThreadCache;

/** Applies one decision, with the comment row locked so two decisions cannot interleave. */
@ApplicationScoped
public class StatusApplier {

    private static final Logger LOG = Logger.getLogger(StatusApplier.class);

    public enum Outcome { CHANGED, RECORDED, IGNORED, UNKNOWN_COMMENT, IMPLAUSIBLE }

    @Inject
    CommentRepository comments;
    @Inject
    Outbox outbox;
    @Inject
    Event<ThreadCache.Changed> publicChange;

    @Transactional
    public Outcome apply(ModerationDecision decision) {
        Comment comment = comments.findForUpdate(decision.commentId()).orElse(null);
        if (comment == null) {
            LOG.warnf("Decision for unknown comment %s ignored", decision.commentId());
            return Outcome.UNKNOWN_COMMENT;
        }
        if (!DecisionRules.applies(comment.decisionSeq, decision.decisionSeq())) {
            return Outcome.IGNORED;
        }
        if (!DecisionRules.plausible(comment.decisionSeq, decision.decisionSeq())) {
            return Outcome.IMPLAUSIBLE;
        }
        comment.decisionSeq = decision.decisionSeq();
        CommentStatus next = CommentStatus.valueOf(decision.status());
        if (next == comment.status) {
            return Outcome.RECORDED;
        }
        CommentStatus old = comment.status;
        Instant now = Instant.now();
        comment.status = next;
        comment.statusSeq++;
        comment.updatedAt = now;
        outbox.statusChanged(comment, old, now);
        if (old == CommentStatus.APPROVED || next == CommentStatus.APPROVED) {
            publicChange.fire(new ThreadCache.Changed(comment.articleId));
        }
        return Outcome.CHANGED;
    }
}
