package io.newsroom.moderation.pipeline.steps;

import io.newsroom.moderation.pipeline.CommentFacts;
import io.newsroom.moderation.pipeline.CommentStatus;
import io.newsroom.moderation.pipeline.ModerationStep;
import io.newsroom.moderation.pipeline.RuleSettings;
import io.newsroom.moderation.pipeline.StepDecision;

import java.util.Optional;

/**
 * A filled honeypot field is a strong bot signal but not proof (autofill, a broken theme: antispam-bee#544), so it
 * holds the comment rather than trashing it; Akismet has already seen the field.
 */
public final class HoneypotStep implements ModerationStep {
    @Override
    public String name() {
        return "honeypot";
    }

    @Override
    public Optional<StepDecision> decide(CommentFacts facts, RuleSettings settings) {
        return facts.honeypotFilled()
                ? Optional.of(StepDecision.rule(CommentStatus.PENDING, "rule:honeypot", "held: the hidden honeypot field was filled"))
                : Optional.empty();
    }
}
