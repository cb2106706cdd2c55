package io.newsroom.moderation.pipeline;

/** The statuses of comment.moderated (docs/contracts.md). */
public enum CommentStatus {
    PENDING, APPROVED, SPAM, TRASH, DISCARDED
}
