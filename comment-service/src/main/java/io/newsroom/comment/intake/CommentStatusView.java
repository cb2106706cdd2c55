package io.newsroom.comment.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * What the holder of a status link learns: the state of their own comment and what they themselves
 * wrote (so a page can show it to them alone while it awaits moderation) — never an email or IP.
 */
public record CommentStatusView(UUID id, UUID articleId, String status, String authorName, String content,
        UUID parentId, Instant createdAt) {
}
