package io.newsroom.article.publishing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record CorrectionRequest(@NotBlank @Size(max = 5000) String text) {
}
