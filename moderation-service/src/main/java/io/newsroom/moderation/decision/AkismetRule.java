package io.newsroom.moderation.decision;

import java.util.Optional;

/**
 * Akismet's answer: spam → the spam queue, or discarded on {@code X-akismet-pro-tip: discard} when the site
 * discards the worst spam (never for a logged-in author, as the plugin); anything that is not a verdict holds the
 * comment for a re-check; ham lets the hold rules look.
 */
public final class AkismetRule {

    public Optional<Finding> judge(AkismetAnswer answer, CommentFacts facts, Policy policy) {
        if (answer instanceof AkismetAnswer.Verdict verdict) {
            if (!verdict.spam()) {
                return Optional.empty();
            }
            if (verdict.discard() && policy.discardWorstSpam() && !facts.loggedIn()) {
                return Optional.of(new Finding(Source.AKISMET, CommentStatus.DISCARDED, DecidedBy.AKISMET,
                        "akismet:discard", "akismet", "Akismet caught this comment as blatant spam; it was discarded",
                        HistoryEvent.AKISMET_DISCARD));
            }
            return Optional.of(new Finding(Source.AKISMET, CommentStatus.SPAM, DecidedBy.AKISMET, "akismet:spam",
                    "akismet", "Akismet caught this comment as spam", HistoryEvent.AKISMET_SPAM));
        }
        AkismetAnswer.Failure failure = (AkismetAnswer.Failure) answer;
        return Optional.of(new Finding(Source.AKISMET, CommentStatus.PENDING, DecidedBy.AKISMET,
                "akismet:" + failure.kind().reason, "akismet",
                "Akismet was unable to check this comment (" + failure.detail() + "); it will be retried",
                HistoryEvent.AKISMET_CHECK_ERROR));
    }

    /** What passed every rule after Akismet cleared it is approved, credited to Akismet. */
    public Finding cleared() {
        return new Finding(Source.AKISMET, CommentStatus.APPROVED, DecidedBy.AKISMET, "akismet:ham", "akismet",
                "Akismet cleared this comment", HistoryEvent.AKISMET_HAM);
    }

    /** The status Akismet's verdict alone gives a comment: its verdict, for accuracy. */
    public CommentStatus verdictStatus(AkismetAnswer.Verdict verdict, CommentFacts facts, Policy policy) {
        return judge(verdict, facts, policy).map(Finding::status).orElse(CommentStatus.APPROVED);
    }
}
