package io.newsroom.web.backend;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An approved comment as comment-service shows it to anyone: no email, no IP. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublicComment(UUID id, UUID parentId, int depth, String authorName, String authorUrl, String content,
        Instant createdAt, boolean deleted, List<PublicComment> replies) {
}
