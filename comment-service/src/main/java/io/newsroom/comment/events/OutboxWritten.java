package io.newsroom.comment.events;

/** Fired inside a transaction that wrote outbox rows; the relay wakes up once it commits. */
public record OutboxWritten() {
}
