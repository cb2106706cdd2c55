package io.newsroom.moderation.pipeline.steps;

import io.newsroom.moderation.pipeline.CommentFacts;
import io.newsroom.moderation.pipeline.CommentStatus;
import io.newsroom.moderation.pipeline.ModerationStep;
import io.newsroom.moderation.pipeline.RuleSettings;
import io.newsroom.moderation.pipeline.StepDecision;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** More links than the site allows → held. Comments are plain text, so a link is a URL (or an HTML anchor). */
public final class LinkLimitStep implements ModerationStep {
    private static final Pattern ANCHOR = Pattern.compile("(?i)<a\\s[^>]*href");
    // "www." right after "//" belongs to the URL already counted
    private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://|(?<![/.\\w])www\\.");

    @Override
    public String name() {
        return "link-limit";
    }

    @Override
    public Optional<StepDecision> decide(CommentFacts facts, RuleSettings settings) {
        int links = countLinks(facts.content());
        if (links > settings.linkLimit()) {
            return Optional.of(StepDecision.rule(CommentStatus.PENDING, "rule:links>" + settings.linkLimit(),
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
