package io.newsroom.moderation.decision;

import java.util.Set;

/**
 * Everything the rules look at, as plain values: the comment as submitted, the author's roles when logged in, and
 * whether the author already has an approved comment (matched on the Keycloak subject for a logged-in author, on
 * email and name for an anonymous one).
 */
public record CommentFacts(String authorName, String authorEmail, String authorUrl, String content, String userIp,
                           String userAgent, boolean loggedIn, Set<Role> roles, boolean honeypotFilled,
                           boolean authorPreviouslyApproved) {

    public CommentFacts {
        roles = Set.copyOf(roles);
    }

    /** WordPress matches its word lists against these fields. */
    public String[] matchableFields() {
        return new String[] {authorName, authorEmail, authorUrl, content, userIp, userAgent};
    }
}
