package io.newsroom.moderation.pipeline;

import io.newsroom.moderation.outbox.CommentModerated;
import io.newsroom.moderation.outbox.Outbox;
import io.newsroom.moderation.stats.Tallies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Objects;

/**
 * Applies a decision to a comment inside the caller's transaction: one history record, and — when the status
 * or the reason changed — the next {@code decisionSeq} and a comment.moderated event in the outbox.
 */
@ApplicationScoped
public class Decisions {

    @Inject
    HistoryRepository history;
    @Inject
    Outbox outbox;
    @Inject
    Tallies tallies;

    /** @param actor the moderator's username (MODERATOR decisions); ignored otherwise */
    public boolean apply(ModeratedComment c, StepDecision d, String actor, AkismetNote akismet) {
        HistoryEntry entry = history.record(c, d.decidedBy(), historyActor(d, actor), eventOf(d), d.reason(),
                d.status(), d.message());
        if (akismet != null) {
            entry.akismetVerdict = akismet.verdict();
            entry.akismetGuid = akismet.guid();
            entry.akismetProTip = akismet.proTip();
        }
        boolean changed = c.decisionSeq == 0 || c.status != d.status() || !Objects.equals(c.decisionReason, d.reason());
        if (!changed) {
            return false;
        }
        boolean wasVisibleQueue = c.status != CommentStatus.SPAM && c.status != CommentStatus.TRASH
                && c.status != CommentStatus.DISCARDED;
        if (wasVisibleQueue && c.decisionSeq > 0 && (d.status() == CommentStatus.SPAM || d.status() == CommentStatus.TRASH)) {
            c.statusBefore = c.status;
        }
        c.status = d.status();
        c.decidedBy = d.decidedBy();
        c.decisionReason = d.reason();
        c.decidedAt = Instant.now();
        c.decisionSeq++;
        outbox.add(new CommentModerated(c.id, c.articleId, d.status().name(), d.decidedBy().name(),
                d.decidedBy() == DecidedBy.MODERATOR ? actor : null, d.reason(), c.decisionSeq, c.decidedAt));
        tallies.decision(d.decidedBy(), d.status());
        return true;
    }

    /** The latest decision once more, unchanged (same decisionSeq), for a receiver that may have missed it. */
    public void repeat(ModeratedComment c) {
        outbox.add(new CommentModerated(c.id, c.articleId, c.status.name(), c.decidedBy.name(),
                c.decidedBy == DecidedBy.MODERATOR ? history.lastActor(c.id) : null, c.decisionReason, c.decisionSeq,
                c.decidedAt));
    }

    /** A history line that is not a decision (Akismet cleared a comment a rule then held, feedback sent, ...). */
    public HistoryEntry note(ModeratedComment c, DecidedBy actorType, String actor, String event, String reason,
                             String message) {
        return history.record(c, actorType, actor, event, reason, null, message);
    }

    private static String historyActor(StepDecision d, String actor) {
        return switch (d.decidedBy()) {
            case MODERATOR -> actor;
            case AKISMET -> "akismet";
            case SYSTEM -> "system";
            case RULE -> d.reason().startsWith("rule:") ? d.reason().substring("rule:".length()) : d.reason();
        };
    }

    private static String eventOf(StepDecision d) {
        return switch (d.decidedBy()) {
            case MODERATOR -> "MODERATOR_" + d.status().name();
            case AKISMET -> d.reason().equals("akismet:spam") || d.reason().equals("akismet:discard")
                    || d.reason().equals("akismet:ham") ? d.reason().replace(':', '_').toUpperCase(java.util.Locale.ROOT)
                    : "AKISMET_CHECK_ERROR";
            case RULE -> "RULE_" + d.status().name();
            case SYSTEM -> "SYSTEM_" + d.status().name();
        };
    }
}
