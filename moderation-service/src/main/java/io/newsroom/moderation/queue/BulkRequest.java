package io.newsroom.moderation.queue;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** POST /moderation/comments/bulk. */
public record BulkRequest(
        @NotNull @Pattern(regexp = "(?i)approve|spam|trash|restore", message = "must be one of approve, spam, trash, restore")
        String action,
        @NotNull @Size(min = 1, max = 100) List<@NotNull UUID> ids) {
}
