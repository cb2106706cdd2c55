package io.newsroom.comment.events;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.newsroom.comment.store.Comment;

/** {@code comment.submitted}, exactly as docs/contracts.md lists it. */
public record SubmittedEvent(UUID commentId, UUID articleId, UUID parentId, String permalink,
        Instant articlePublishedAt, Instant articleModifiedAt, List<String> articleTags,
        String authorName, String authorEmail, String authorUrl, String content,
        String userIp, String userAgent, String referrer, String commentType,
        String authorSubject, List<String> authorRoles,
        String honeypotFieldName, String honeypotValue,
        Instant submittedAt, boolean resent) {

    public static SubmittedEvent of(Comment c, boolean resent) {
        return new SubmittedEvent(c.id, c.articleId, c.parentId, c.permalink,
                c.articlePublishedAt, c.articleModifiedAt, split(c.articleTags),
                c.authorName, c.authorEmail, c.authorUrl, c.content,
                c.userIp, c.userAgent, c.referrer, c.commentType,
                c.authorSubject, split(c.authorRoles),
                c.honeypotField, honeypotValue(c),
                c.createdAt, resent);
    }

    /** What was typed into the honeypot: empty, not absent, when the form had the field and nobody filled it. */
    static String honeypotValue(Comment c) {
        return c.honeypotField == null ? null : c.honeypotValue == null ? "" : c.honeypotValue;
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
