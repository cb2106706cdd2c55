package io.newsroom.article.story;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.newsroom.article.publishing.StoryStatus;

public record StorySummary(UUID id, String slug, String title, String summary, List<String> tags, String authorName,
        StoryStatus status, Instant publishedAt, Instant updatedAt, int commentCount, String permalink) {
}
