package io.newsroom.web.backend;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One story of article-service's public list. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StorySummary(UUID id, String slug, String title, String summary, List<String> tags, String authorName,
        Instant publishedAt, int commentCount) {
}
