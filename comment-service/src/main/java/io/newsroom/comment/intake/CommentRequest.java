package io.newsroom.comment.intake;

import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The "Leave a Reply" form. Name and email are required of anonymous readers only: a logged-in
 * reader's come from the token. The honeypot field is read separately (its name is configurable).
 */
public record CommentRequest(
        @Schema(description = "Display name (anonymous readers)", maxLength = CommentRules.NAME_MAX)
        @Size(max = CommentRules.NAME_MAX) String author,
        @Schema(description = "Never published", maxLength = CommentRules.EMAIL_MAX)
        @Size(max = CommentRules.EMAIL_MAX) String email,
        @Schema(description = "Website, http or https", maxLength = CommentRules.URL_MAX)
        @Size(max = CommentRules.URL_MAX) String url,
        @Schema(description = "The reply as typed; stored and returned as text", maxLength = CommentRules.CONTENT_MAX)
        @Size(max = CommentRules.CONTENT_MAX) String content,
        @Schema(description = "An approved comment of the same story") UUID parentId) {
}
