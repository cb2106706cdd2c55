package io.newsroom.article.factcheck;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.newsroom.article.story.SourceLinkRequest;

public record FactCheckRequest(
        @NotNull Verdict verdict,
        @Size(max = 10_000) String notes,
        @Size(max = 50) List<@Valid SourceLinkRequest> sourcesChecked) {
}
