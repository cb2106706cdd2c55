package io.newsroom.moderation.decision;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** More links than the site allows → held. Comments are plain text, so a link is a URL (or an HTML anchor). */
public final class LinkLimitRule implements Rule {
    private static final Pattern ANCHOR = Pattern.compile("(?i)<a\\s[^>]*href");
    // "www." right after "//" belongs to the URL already counted
    private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://|(?<![/.\\w])www\\.");

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
        if (content == null) {
            return 0;
        }
        int anchors = count(ANCHOR, content);
        // an anchor's href is also a URL: count one or the other, not both
        return anchors > 0 ? anchors : count(URL, content);
    }

    private static int count(Pattern pattern, String content) {
        Matcher m = pattern.matcher(content);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
