package io.newsroom.moderation.decision;

import java.util.Arrays;
import java.util.Optional;

/**
 * What can give a verdict on a comment before a person does: each of the site's rules, and Akismet. The id is the
 * name settings (shadow mode), {@code /moderation/stats} and the metrics' {@code rule} tag use.
 */
public enum Source {
    DISALLOWED("disallowed"),
    STAFF("staff"),
    AKISMET("akismet"),
    MODERATION_WORDS("moderation-words"),
    LINK_LIMIT("link-limit"),
    HONEYPOT("honeypot"),
    MANUAL_APPROVAL("manual-approval"),
    PREVIOUSLY_APPROVED("previously-approved"),
    /** Nothing held the comment: the rules approve it (only when Akismet does not act). */
    PASSED("passed");

    private final String id;

    Source(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Every source but the final approval can run in shadow mode: "approve what nothing held" is not a rule to try. */
    public boolean shadowable() {
        return this != PASSED;
    }

    public static Optional<Source> ofId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
