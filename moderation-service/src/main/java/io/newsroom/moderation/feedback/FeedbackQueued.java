package io.newsroom.moderation.feedback;

/** Fired when feedback was queued; observed after the commit to send it at once rather than at the next poll. */
public record FeedbackQueued() {
}
