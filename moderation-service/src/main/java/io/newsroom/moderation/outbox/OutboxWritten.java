package io.newsroom.moderation.outbox;

/** Fired inside the transaction that wrote an event; observed after it commits to publish at once, not at the next poll. */
public record OutboxWritten() {
}
