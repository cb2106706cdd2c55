package io.newsroom.comment.privacy;

import java.time.Instant;
import java.util.UUID;

/** privacy.erasure-requested to moderation-service: the person by hash only, never the email. */
public record ErasureRequestedEvent(UUID requestId, String by, String personHash, Instant requestedAt) {
}
