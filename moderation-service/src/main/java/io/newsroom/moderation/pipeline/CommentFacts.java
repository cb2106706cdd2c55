package io.newsroom.moderation.pipeline;

import java.util.Set;

/**
 * Everything the steps look at, as plain values: the comment as submitted, whether the author already has an
 * approved comment, and Akismet's outcome so far.
 */
public record CommentFacts(String authorName, String authorEmail, String authorUrl, String content, String userIp,
                           String userAgent, boolean loggedIn, Set<String> roles, boolean honeypotFilled,
                           boolean authorPreviouslyApproved, AkismetOutcome akismet) {

    public CommentFacts withAkismet(AkismetOutcome outcome) {
        return new CommentFacts(authorName, authorEmail, authorUrl, content, userIp, userAgent, loggedIn, roles,
                honeypotFilled, authorPreviouslyApproved, outcome);
    }

    /** WordPress matches its word lists against these fields. */
    public String[] matchableFields() {
        return new String[] {authorName, authorEmail, authorUrl, content, userIp, userAgent};
    }
}
