package io.newsroom.comment.privacy;

import java.time.Instant;
import java.util.UUID;

/** Everything we hold about one comment of a person: the export an admin hands over on request. */
public record PersonalComment(UUID id, UUID articleId, UUID parentId, String status, String authorName,
        String authorEmail, String authorUrl, String authorSubject, String content, String userIp, String userAgent,
        String referrer, String permalink, Instant createdAt, boolean deleted) {
}
