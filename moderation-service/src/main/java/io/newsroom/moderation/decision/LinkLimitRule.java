package io.newsroom.moderation.decision;

import java.util.Optional;

/**
 * More links than the site allows → held. Comments are plain text, so a link is a URL (or an HTML anchor), counted
 * in linear time by {@link LinkCounter}.
 */
public final class LinkLimitRule implements Rule {

    @Override
    public Source source() {
        return Source.LINK_LIMIT;
    }

    @Override
    public Optional<Finding> judge(CommentFacts facts, Policy policy) {
        int links = countLinks(facts.content());
        if (links > policy.linkLimit()) {
            return Optional.of(Finding.rule(Source.LINK_LIMIT, CommentStatus.PENDING, "links>" + policy.linkLimit(),
                    "held: " + links + " links"));
        }
        return Optional.empty();
    }

    static int countLinks(String content) {
        return LinkCounter.count(content);
    }
}
