package io.newsroom.moderation.queue;

import java.util.UUID;

/** The answer to one moderator action. {@code changed} is false when the comment already had that status. */
public record ActionResult(UUID id, String status, int decisionSeq, boolean changed, boolean feedbackQueued) {
}
