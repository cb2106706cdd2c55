package io.newsroom.moderation.checks;

/** Fired inside a transaction that left comments due for an Akismet check; observed after the commit. */
public record CheckDue() {
}
