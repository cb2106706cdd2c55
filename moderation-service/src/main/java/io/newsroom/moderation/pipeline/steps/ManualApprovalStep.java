package io.newsroom.moderation.pipeline.steps;

import io.newsroom.moderation.pipeline.CommentFacts;
import io.newsroom.moderation.pipeline.CommentStatus;
import io.newsroom.moderation.pipeline.ModerationStep;
import io.newsroom.moderation.pipeline.RuleSettings;
import io.newsroom.moderation.pipeline.StepDecision;

import java.util.Optional;

/** "Comment must be manually approved" (WordPress' {@code comment_moderation}, off by default). */
public final class ManualApprovalStep implements ModerationStep {
    @Override
    public String name() {
        return "manual-approval";
    }

    @Override
    public Optional<StepDecision> decide(CommentFacts facts, RuleSettings settings) {
        return settings.manualApproval()
                ? Optional.of(StepDecision.rule(CommentStatus.PENDING, "rule:manual-approval",
                        "held: every comment must be manually approved"))
                : Optional.empty();
    }
}
