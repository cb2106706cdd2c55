package io.newsroom.comment.store;

/** Moderation states of a comment; only APPROVED is ever shown to the public. */
public enum CommentStatus {
    PENDING, APPROVED, SPAM, TRASH, DISCARDED
}
