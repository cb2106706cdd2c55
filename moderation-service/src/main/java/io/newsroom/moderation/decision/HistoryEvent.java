package io.newsroom.moderation.decision;

/** The kind of a history line, as {@code GET /moderation/comments/{id}} shows it in {@code event}. */
public enum HistoryEvent {
    RULE_APPROVED, RULE_PENDING, RULE_TRASH,
    AKISMET_HAM, AKISMET_SPAM, AKISMET_DISCARD, AKISMET_CHECK_ERROR, AKISMET_LATE_VERDICT, AKISMET_RECHECK_HAM,
    AKISMET_GAVE_UP,
    MODERATOR_APPROVED, MODERATOR_PENDING, MODERATOR_SPAM, MODERATOR_TRASH,
    REPORTED_SPAM, REPORTED_HAM, FEEDBACK_ACKNOWLEDGED,
    /** A rule or Akismet in shadow mode: what it would have decided, without acting. */
    SHADOW_VERDICT;

    public static HistoryEvent ofRule(CommentStatus status) {
        return switch (status) {
            case APPROVED -> RULE_APPROVED;
            case TRASH -> RULE_TRASH;
            // the rules only approve, hold or trash; anything else is held
            case PENDING, SPAM, DISCARDED -> RULE_PENDING;
        };
    }

    public static HistoryEvent ofModerator(CommentStatus status) {
        return switch (status) {
            case APPROVED -> MODERATOR_APPROVED;
            case SPAM -> MODERATOR_SPAM;
            case TRASH -> MODERATOR_TRASH;
            case PENDING, DISCARDED -> MODERATOR_PENDING;
        };
    }
}
