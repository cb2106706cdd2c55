package io.newsroom.comment.intake;

import java.util.UUID;

/** The answer to a reply: where its author can watch it (the URL is the only key to it). */
public record SubmissionReceipt(UUID id, String status, String statusUrl) {
}
