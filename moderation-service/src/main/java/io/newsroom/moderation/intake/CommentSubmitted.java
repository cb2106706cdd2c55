package io.newsroom.moderation.intake;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The comment.submitted event (docs/contracts.md). Unknown fields are ignored so comment-service can add some. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommentSubmitted(UUID commentId, UUID articleId, UUID parentId, String permalink,
                               Instant articlePublishedAt, Instant articleModifiedAt, List<String> articleTags,
                               String authorName, String authorEmail, String authorUrl, String content,
                               String userIp, String userAgent, String referrer, String commentType,
                               String authorSubject, List<String> authorRoles, String honeypotFieldName,
                               String honeypotValue, Instant submittedAt, boolean resent) {

    /** What makes an event unusable whatever we do with it (it goes to the dead-letter queue). */
    public String problem() {
        if (commentId == null) {
            return "commentId missing";
        }
        if (articleId == null) {
            return "articleId missing";
        }
        if (authorName == null || authorName.isBlank()) {
            return "authorName missing";
        }
        if (content == null || content.isBlank()) {
            return "content missing";
        }
        if (submittedAt == null) {
            return "submittedAt missing";
        }
        return null;
    }

    /** Never the email or IP: records print every component by default, and these end up in logs. */
    @Override
    public String toString() {
        return "CommentSubmitted[commentId=" + commentId + "]";
    }
}
