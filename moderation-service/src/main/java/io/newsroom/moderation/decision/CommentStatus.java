package io.newsroom.moderation.decision;

/** The statuses of comment.moderated (docs/contracts.md). */
public enum CommentStatus {
    PENDING, APPROVED, SPAM, TRASH, DISCARDED;

    /** Spam or discarded: out of public view and, after the purge period, deleted. */
    public boolean isSpam() {
        return this == SPAM || this == DISCARDED;
    }

    /** What a moderator may restore: spam, trash, or a comment discarded unseen. */
    public boolean isRestorable() {
        return this == SPAM || this == TRASH || this == DISCARDED;
    }
}
