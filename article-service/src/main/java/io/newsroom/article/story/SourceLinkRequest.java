package io.newsroom.article.story;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.URL;

public record SourceLinkRequest(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 2000) @URL(regexp = "^(?i)https?://.+", message = "must be an http or https URL") String url) {

    public SourceLink toSource() {
        return new SourceLink(title.strip(), url.strip());
    }
}
