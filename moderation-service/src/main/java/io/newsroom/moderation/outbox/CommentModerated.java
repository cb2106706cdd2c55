package io.newsroom.moderation.outbox;

import java.time.Instant;
import java.util.UUID;

/** The comment.moderated event, exactly as docs/contracts.md writes it. */
public record CommentModerated(UUID commentId, UUID articleId, String status, String decidedBy, String actor,
                               String reason, int decisionSeq, Instant decidedAt) {
}
