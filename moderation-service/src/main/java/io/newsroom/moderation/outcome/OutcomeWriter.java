package io.newsroom.moderation.outcome;

import io.newsroom.moderation.decision.CheckPlan;
import io.newsroom.moderation.decision.CheckReason;
import io.newsroom.moderation.decision.DecidedBy;
import io.newsroom.moderation.decision.HistoryLine;
import io.newsroom.moderation.decision.Outcome;
import io.newsroom.moderation.feedback.FeedbackRepository;
import io.newsroom.moderation.outbox.CommentModerated;
import io.newsroom.moderation.outbox.OutboxRepository;
import io.newsroom.moderation.stats.ModerationCounters;
import io.newsroom.moderation.stats.SourceVerdictRepository;
import io.newsroom.moderation.store.HistoryRepository;
import io.newsroom.moderation.store.ModeratedComment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Writes an {@link Outcome} as the decider returned it, inside the caller's transaction: the comment's decision
 * and check state, its history lines, the comment.moderated event (outbox), counters and owed Akismet feedback.
 * It decides nothing.
 */
@ApplicationScoped
public class OutcomeWriter {

    @Inject
    HistoryRepository history;
    @Inject
    OutboxRepository outbox;
    @Inject
    ModerationCounters counters;
    @Inject
    FeedbackRepository feedback;
    @Inject
    SourceVerdictRepository verdicts;

    public void write(ModeratedComment c, Outcome outcome, Instant now) {
        outcome.akismet().ifPresent(note -> {
            c.akismetVerdict = note.verdict();
            c.akismetGuid = note.guid();
            c.akismetProTip = note.proTip();
        });
        check(c, outcome.check());
        for (HistoryLine line : outcome.history()) {
            history.record(c.id, line, now);
        }
        outcome.decision().ifPresent(d -> {
            if (!d.status().isSpam()) {
                c.spamSince = null;
            } else if (!c.status.isSpam() || c.decisionSeq == 0) {
                c.spamSince = now;
            }
            c.statusBefore = d.statusBefore();
            c.status = d.status();
            c.decidedBy = d.decidedBy();
            c.decisionReason = d.reason();
            c.decidedAt = now;
            c.decisionSeq++;
            outbox.add(new CommentModerated(c.id, c.articleId, d.status().name(), d.decidedBy().name(),
                    d.decidedBy() == DecidedBy.MODERATOR ? d.actor() : null, d.reason(), c.decisionSeq, c.decidedAt));
            counters.decision(d.decidedBy(), d.status());
        });
        outcome.reportedAs().ifPresent(as -> c.reportedAs = as);
        outcome.mistake().ifPresent(counters::mistake);
        outcome.feedback().ifPresent(f -> feedback.add(c.id, f.reportAs(), f.reporter(), c.asSubmitted, now));
        for (Outcome.SourceVerdict verdict : outcome.verdicts()) {
            verdicts.record(c.id, verdict, now);
        }
        outcome.review().ifPresent(action -> verdicts.judge(c.id, action, outcome.decision()
                .map(Outcome.Decision::actor).orElse(null), now));
    }

    /** The latest decision once more, unchanged (same decisionSeq), for a receiver that may have missed it. */
    public void repeatLatest(ModeratedComment c) {
        outbox.add(new CommentModerated(c.id, c.articleId, c.status.name(), c.decidedBy.name(),
                c.decidedBy == DecidedBy.MODERATOR ? history.lastActor(c.id) : null, c.decisionReason, c.decisionSeq,
                c.decidedAt));
    }

    private static void check(ModeratedComment c, CheckPlan plan) {
        if (plan instanceof CheckPlan.Ask ask) {
            c.awaitingCheck = true;
            c.nextCheckAt = ask.at();
            c.recheckReason = ask.reason();
            c.unchecked = false;
        } else if (plan instanceof CheckPlan.Answered) {
            c.awaitingCheck = false;
            c.nextCheckAt = null;
            c.unchecked = false;
            c.lastCheckError = null;
            c.recheckReason = null;
        } else if (plan instanceof CheckPlan.Retry retry) {
            c.nextCheckAt = retry.at();
            c.checkAttempts = retry.attempts();
            c.lastCheckError = retry.lastError();
            c.recheckReason = CheckReason.RETRY;
        } else if (plan instanceof CheckPlan.GiveUp giveUp) {
            c.awaitingCheck = false;
            c.nextCheckAt = null;
            c.checkAttempts = giveUp.attempts();
            c.lastCheckError = giveUp.lastError();
            c.recheckReason = CheckReason.RETRY;
            c.unchecked = c.unchecked || giveUp.unchecked();
        } else if (plan instanceof CheckPlan.Stop) {
            c.awaitingCheck = false;
            c.nextCheckAt = null;
        }
    }
}
