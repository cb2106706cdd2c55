package io.newsroom.moderation.decision;

/** Why Akismet is asked again about a comment it has seen (Akismet's {@code recheck_reason}). */
public enum CheckReason {
    /** An automatic retry after Akismet could not answer. */
    RETRY,
    /** A moderator's "Check for Spam" on the pending queue. */
    RECHECK_QUEUE
}
