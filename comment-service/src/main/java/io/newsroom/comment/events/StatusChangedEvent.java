package io.newsroom.comment.events;

import java.time.Instant;
import java.util.UUID;

/** {@code comment.status-changed}: article-service keeps its public comment count from these. */
public record StatusChangedEvent(UUID articleId, UUID commentId, String oldStatus, String newStatus,
        int statusSeq, Instant changedAt) {
}
