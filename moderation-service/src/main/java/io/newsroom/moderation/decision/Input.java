package io.newsroom.moderation.decision;

/** What makes the decider run: each is one input, decided once. */
public sealed interface Input {

    /** The comment has just arrived (comment.submitted). */
    record FirstSight() implements Input {
    }

    /**
     * Akismet answered a check: the first one ({@code reason} null), an automatic retry, or a "Check for Spam".
     */
    record AkismetAnswered(AkismetAnswer answer, CheckReason reason) implements Input {
    }

    /** A moderator approved, marked spam, trashed or restored the comment. */
    record ModeratorActed(ModerationAction action, String moderator) implements Input {
    }
}
