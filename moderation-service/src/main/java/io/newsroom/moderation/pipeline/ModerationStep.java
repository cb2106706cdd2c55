package io.newsroom.moderation.pipeline;

import java.util.Optional;

/** One small rule of the pipeline: a decision, or nothing to let the next step look. */
public interface ModerationStep {

    /** A short machine name, used in reasons when the step itself fails. */
    String name();

    Optional<StepDecision> decide(CommentFacts facts, RuleSettings settings);

    /** True for the step that needs Akismet's answer before it can say anything. */
    default boolean needsAkismet() {
        return false;
    }
}
