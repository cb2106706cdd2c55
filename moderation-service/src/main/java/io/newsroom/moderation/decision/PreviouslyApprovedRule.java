package io.newsroom.moderation.decision;

import java.util.Optional;

/**
 * "Comment author must have a previously approved comment" (WordPress' {@code comment_previously_approved}). Who
 * counts as the same author is in {@link CommentFacts#authorPreviouslyApproved()}: the Keycloak subject when logged
 * in, email and name otherwise — never an email alone, which anyone can type.
 */
public final class PreviouslyApprovedRule implements Rule {
    @Override
    public Source source() {
        return Source.PREVIOUSLY_APPROVED;
    }

    @Override
    public Optional<Finding> judge(CommentFacts facts, Policy policy) {
        if (policy.requirePreviouslyApproved() && !facts.authorPreviouslyApproved()) {
            return Optional.of(Finding.rule(Source.PREVIOUSLY_APPROVED, CommentStatus.PENDING, "first-comment",
                    "held: the author has no previously approved comment"));
        }
        return Optional.empty();
    }
}
