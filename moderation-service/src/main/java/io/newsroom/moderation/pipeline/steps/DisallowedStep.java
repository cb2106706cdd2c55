package io.newsroom.moderation.pipeline.steps;

import io.newsroom.moderation.pipeline.CommentFacts;
import io.newsroom.moderation.pipeline.CommentStatus;
import io.newsroom.moderation.pipeline.ModerationStep;
import io.newsroom.moderation.pipeline.RuleSettings;
import io.newsroom.moderation.pipeline.StepDecision;

import java.util.Optional;

/** Disallowed words, IPs, emails or URLs anywhere in the comment → trash, and Akismet is not asked. */
public final class DisallowedStep implements ModerationStep {
    @Override
    public String name() {
        return "disallowed";
    }

    @Override
    public Optional<StepDecision> decide(CommentFacts facts, RuleSettings settings) {
        return KeyMatcher.firstMatch(settings.disallowedKeys(), facts.matchableFields())
                .map(key -> StepDecision.rule(CommentStatus.TRASH, "rule:disallowed",
                        "trashed: disallowed key '" + key + "'"));
    }
}
