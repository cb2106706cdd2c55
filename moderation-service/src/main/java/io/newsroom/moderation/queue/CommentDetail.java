package io.newsroom.moderation.queue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** GET /moderation/comments/{id}: everything we hold about the comment, and its history. */
public record CommentDetail(UUID id, UUID articleId, UUID parentId, String permalink, String commentType,
                            String authorName, String authorEmail, String authorUrl, String userIp, String userAgent,
                            String referrer, boolean loggedIn, List<String> authorRoles, String content,
                            Instant submittedAt, Instant receivedAt, String status, String decidedBy, String reason,
                            int decisionSeq, Instant decidedAt, Akismet akismet, List<HistoryItem> history) {

    public record Akismet(String verdict, String guid, String proTip, String reportedAs, boolean awaitingRecheck,
                          Instant nextCheckAt, int checkAttempts, boolean unchecked, String lastError) {
    }

    /** Never the email or IP: records print every component by default, and these end up in logs. */
    @Override
    public String toString() {
        return "CommentDetail[id=" + id + "]";
    }
}
