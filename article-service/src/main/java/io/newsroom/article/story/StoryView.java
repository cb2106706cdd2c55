package io.newsroom.article.story;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.newsroom.article.publishing.StoryStatus;

/** A story as the API shows it; staff-only parts are null (absent) for the public. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoryView(
        UUID id, String slug, String title, String summary, String body, List<String> tags, List<SourceLink> sources,
        Author author, StoryStatus status, long version, Instant createdAt, Instant updatedAt, Instant publishedAt,
        boolean commentsOpen, Instant commentsCloseAt, int commentCount, String permalink,
        FactCheckView factCheck, List<CorrectionView> corrections,
        String reviewNotes, List<FactCheckView> factCheckHistory) {

    public record Author(String name) {
    }

    /** The "Fact checked" badge: who checked which version, when, the verdict and what they checked. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FactCheckView(String checkedBy, Instant checkedAt, long version, String verdict, String notes,
            List<SourceLink> sourcesChecked) {
    }

    public record CorrectionView(String text, Instant at) {
    }
}
