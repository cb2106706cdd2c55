package io.newsroom.comment.thread;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A comment as the public sees it. Built field by field from the entity: email, IP and user agent
 * have no place here. {@code content} is the text as typed; it is JSON-encoded, never HTML.
 */
public record CommentView(UUID id, UUID parentId, int depth, String authorName, String authorUrl,
        String content, Instant createdAt, boolean deleted, List<CommentView> replies) {
}
