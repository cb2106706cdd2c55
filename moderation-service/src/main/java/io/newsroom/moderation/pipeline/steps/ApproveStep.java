package io.newsroom.moderation.pipeline.steps;

import io.newsroom.moderation.pipeline.AkismetOutcome;
import io.newsroom.moderation.pipeline.CommentFacts;
import io.newsroom.moderation.pipeline.CommentStatus;
import io.newsroom.moderation.pipeline.DecidedBy;
import io.newsroom.moderation.pipeline.ModerationStep;
import io.newsroom.moderation.pipeline.RuleSettings;
import io.newsroom.moderation.pipeline.StepDecision;

import java.util.Optional;

/** Last: what passed every check is approved, credited to Akismet when Akismet cleared it. */
public final class ApproveStep implements ModerationStep {
    @Override
    public String name() {
        return "approve";
    }

    @Override
    public Optional<StepDecision> decide(CommentFacts facts, RuleSettings settings) {
        if (facts.akismet() instanceof AkismetOutcome.Verdict verdict && !verdict.spam()) {
            return Optional.of(new StepDecision(CommentStatus.APPROVED, DecidedBy.AKISMET, "akismet:ham",
                    "Akismet cleared this comment"));
        }
        if (!(facts.akismet() instanceof AkismetOutcome.Disabled)) {
            // only reachable if a step before was skipped: never approve what Akismet did not clear
            return Optional.of(StepDecision.rule(CommentStatus.PENDING, "rule:unchecked",
                    "held: Akismet has not cleared this comment"));
        }
        return Optional.of(StepDecision.rule(CommentStatus.APPROVED, "rule:passed", "approved: passed the site's rules"));
    }
}
