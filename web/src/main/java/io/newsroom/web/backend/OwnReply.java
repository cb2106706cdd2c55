package io.newsroom.web.backend;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What comment-service tells the holder of a status link about their own reply (never an email or IP). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OwnReply(UUID id, UUID articleId, String status, String authorName, String content, UUID parentId,
        Instant createdAt) {

    public boolean pending() {
        return "PENDING".equals(status);
    }
}
