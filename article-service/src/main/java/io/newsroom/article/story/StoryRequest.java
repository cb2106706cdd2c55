package io.newsroom.article.story;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A story as an editor writes it. */
public record StoryRequest(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 1000) String summary,
        @NotBlank @Size(max = 200_000) String body,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
        @Size(max = 50) List<@Valid SourceLinkRequest> sources) {
}
