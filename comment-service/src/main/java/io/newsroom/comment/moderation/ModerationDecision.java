package io.newsroom.comment.moderation;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code comment.moderated}, as moderation-service sends it (docs/contracts.md). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModerationDecision(UUID commentId, UUID articleId, String status, String decidedBy, String actor,
        String reason, Integer decisionSeq, Instant decidedAt) {
}
