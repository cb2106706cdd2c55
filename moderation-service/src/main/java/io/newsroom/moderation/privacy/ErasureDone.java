package io.newsroom.moderation.privacy;

import java.time.Instant;
import java.util.UUID;

/** privacy.erasure-done: what moderation-service erased for a request, back to comment-service, which keeps the record. */
public record ErasureDone(UUID requestId, String service, int comments, int historyLines, int akismetFeedback,
                          boolean asSubmittedCopies, Instant finishedAt) {
}
