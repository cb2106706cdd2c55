package io.newsroom.moderation.decision;

import java.util.Optional;

/** Disallowed words, IPs, emails or URLs anywhere in the comment → trash, and Akismet is not asked. */
public final class DisallowedRule implements Rule {
    @Override
    public Source source() {
        return Source.DISALLOWED;
    }

    @Override
    public Optional<Finding> judge(CommentFacts facts, Policy policy) {
        return KeyMatcher.firstMatch(policy.disallowedKeys(), facts.matchableFields())
                .map(key -> Finding.rule(Source.DISALLOWED, CommentStatus.TRASH, "disallowed",
                        "trashed: disallowed key '" + key + "'"));
    }
}
