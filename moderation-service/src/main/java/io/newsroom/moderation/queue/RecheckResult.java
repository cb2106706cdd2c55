package io.newsroom.moderation.queue;

/** POST /moderation/recheck: how many pending comments go back to Akismet. */
public record RecheckResult(int queued, boolean akismetEnabled) {
}
