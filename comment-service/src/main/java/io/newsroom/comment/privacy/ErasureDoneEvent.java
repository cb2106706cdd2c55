package io.newsroom.comment.privacy;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** privacy.erasure-done from moderation-service: what it erased for a request. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErasureDoneEvent(UUID requestId, String service, Integer comments, Integer historyLines,
        Integer akismetFeedback, Boolean asSubmittedCopies, Instant finishedAt) {
}
