package io.newsroom.moderation.pipeline.steps;

import io.newsroom.moderation.pipeline.CommentFacts;
import io.newsroom.moderation.pipeline.CommentStatus;
import io.newsroom.moderation.pipeline.ModerationStep;
import io.newsroom.moderation.pipeline.RuleSettings;
import io.newsroom.moderation.pipeline.StepDecision;

import java.util.Optional;

/** A moderation word anywhere in the comment → held for a person. */
public final class ModerationWordsStep implements ModerationStep {
    @Override
    public String name() {
        return "moderation-words";
    }

    @Override
    public Optional<StepDecision> decide(CommentFacts facts, RuleSettings settings) {
        return KeyMatcher.firstMatch(settings.moderationKeys(), facts.matchableFields())
                .map(key -> StepDecision.rule(CommentStatus.PENDING, "rule:moderation-words",
                        "held: moderation word '" + key + "'"));
    }
}
