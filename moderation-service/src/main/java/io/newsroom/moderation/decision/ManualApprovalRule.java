package io.newsroom.moderation.decision;

import java.util.Optional;

/** "Comment must be manually approved" (WordPress' {@code comment_moderation}, off by default). */
public final class ManualApprovalRule implements Rule {
    @Override
    public Source source() {
        return Source.MANUAL_APPROVAL;
    }

    @Override
    public Optional<Finding> judge(CommentFacts facts, Policy policy) {
        return policy.manualApproval()
                ? Optional.of(Finding.rule(Source.MANUAL_APPROVAL, CommentStatus.PENDING, "manual-approval",
                        "held: every comment must be manually approved"))
                : Optional.empty();
    }
}
