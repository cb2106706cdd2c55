package io.newsroom.article.comments;

import java.time.Instant;
import java.util.UUID;

/** The comment.status-changed event, as docs/contracts.md defines it. */
public record CommentStatusChanged(UUID articleId, UUID commentId, String oldStatus, String newStatus, int statusSeq,
        Instant changedAt) {

    public boolean isComplete() {
        return articleId != null && commentId != null && newStatus != null && statusSeq > 0;
    }
}
