package io.newsroom.web.backend;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Everything moderation-service holds about one comment, with its history in plain words. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommentDetail(UUID id, UUID articleId, UUID parentId, String permalink, String commentType,
        String authorName, String authorEmail, String authorUrl, String userIp, String userAgent, String referrer,
        boolean loggedIn, List<String> authorRoles, String content, Instant submittedAt, String status,
        String reason, List<HistoryLine> history) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HistoryLine(Instant at, String actorType, String actor, String status, String message) {
    }

    @Override
    public String toString() {
        return "CommentDetail[id=" + id + "]";
    }
}
