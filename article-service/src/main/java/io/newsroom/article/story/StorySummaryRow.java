package io.newsroom.article.story;

import java.time.Instant;
import java.util.UUID;

import io.newsroom.article.publishing.StoryStatus;

/** What a story list needs, read without the body. */
public record StorySummaryRow(UUID id, String slug, String title, String summary, String[] tags, String authorName,
        StoryStatus status, Instant publishedAt, Instant updatedAt, int commentCount) {
}
