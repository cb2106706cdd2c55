package io.newsroom.moderation.decision;

import java.util.Optional;

/** A moderation word anywhere in the comment → held for a person. */
public final class ModerationWordsRule implements Rule {
    @Override
    public Source source() {
        return Source.MODERATION_WORDS;
    }

    @Override
    public Optional<Finding> judge(CommentFacts facts, Policy policy) {
        return KeyMatcher.firstMatch(policy.moderationKeys(), facts.matchableFields())
                .map(key -> Finding.rule(Source.MODERATION_WORDS, CommentStatus.PENDING, "moderation-words",
                        "held: moderation word '" + key + "'"));
    }
}
