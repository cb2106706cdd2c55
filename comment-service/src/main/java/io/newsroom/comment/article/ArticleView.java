package io.newsroom.comment.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What comment-service needs of a published story (article-service's public representation). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleView(UUID id, String slug, String status, List<String> tags, Instant publishedAt,
        Instant updatedAt, boolean commentsOpen, String permalink) {
}
