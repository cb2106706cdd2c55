package io.newsroom.moderation.pipeline.steps;

import io.newsroom.moderation.pipeline.AkismetOutcome;
import io.newsroom.moderation.pipeline.CommentFacts;
import io.newsroom.moderation.pipeline.CommentStatus;
import io.newsroom.moderation.pipeline.DecidedBy;
import io.newsroom.moderation.pipeline.ModerationStep;
import io.newsroom.moderation.pipeline.RuleSettings;
import io.newsroom.moderation.pipeline.StepDecision;

import java.util.Optional;

/**
 * Akismet's verdict: spam → the spam queue, or discarded on {@code X-akismet-pro-tip: discard} when the site
 * discards the worst spam (never for a logged-in author, as the plugin); anything that is not a verdict holds
 * the comment for a re-check; ham lets the hold rules look.
 */
public final class AkismetStep implements ModerationStep {
    @Override
    public String name() {
        return "akismet";
    }

    @Override
    public boolean needsAkismet() {
        return true;
    }

    @Override
    public Optional<StepDecision> decide(CommentFacts facts, RuleSettings settings) {
        AkismetOutcome outcome = facts.akismet();
        if (outcome instanceof AkismetOutcome.Verdict verdict) {
            if (!verdict.spam()) {
                return Optional.empty();
            }
            if (verdict.discard() && settings.discardWorstSpam() && !facts.loggedIn()) {
                return Optional.of(new StepDecision(CommentStatus.DISCARDED, DecidedBy.AKISMET, "akismet:discard",
                        "Akismet caught this comment as blatant spam; it was discarded"));
            }
            return Optional.of(new StepDecision(CommentStatus.SPAM, DecidedBy.AKISMET, "akismet:spam",
                    "Akismet caught this comment as spam"));
        }
        if (outcome instanceof AkismetOutcome.Failed failed) {
            return Optional.of(new StepDecision(CommentStatus.PENDING, DecidedBy.AKISMET, "akismet:" + failed.kind(),
                    "Akismet was unable to check this comment (" + failed.detail() + "); it will be retried"));
        }
        // Disabled (no key): the rules alone decide
        return Optional.empty();
    }
}
