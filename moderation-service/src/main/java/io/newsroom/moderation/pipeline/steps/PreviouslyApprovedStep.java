package io.newsroom.moderation.pipeline.steps;

import io.newsroom.moderation.pipeline.CommentFacts;
import io.newsroom.moderation.pipeline.CommentStatus;
import io.newsroom.moderation.pipeline.ModerationStep;
import io.newsroom.moderation.pipeline.RuleSettings;
import io.newsroom.moderation.pipeline.StepDecision;

import java.util.Optional;

/** "Comment author must have a previously approved comment" (WordPress' {@code comment_previously_approved}). */
public final class PreviouslyApprovedStep implements ModerationStep {
    @Override
    public String name() {
        return "previously-approved";
    }

    @Override
    public Optional<StepDecision> decide(CommentFacts facts, RuleSettings settings) {
        if (settings.requirePreviouslyApproved() && !facts.authorPreviouslyApproved()) {
            return Optional.of(StepDecision.rule(CommentStatus.PENDING, "rule:first-comment",
                    "held: the author has no previously approved comment"));
        }
        return Optional.empty();
    }
}
