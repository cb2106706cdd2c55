package io.newsroom.web.backend;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A published story as article-service's public API shows it (docs/contracts.md). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Story(UUID id, String slug, String title, String summary, String body, List<String> tags,
        List<Source> sources, Author author, Instant publishedAt, Instant updatedAt, boolean commentsOpen,
        int commentCount, FactCheck factCheck, List<Correction> corrections) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Author(String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Source(String title, String url) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FactCheck(String checkedBy, Instant checkedAt, String verdict, String notes, List<Source> sourcesChecked) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Correction(String text, Instant at) {
    }
}
