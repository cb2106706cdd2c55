package io.newsroom.moderation.decision;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a comment stands in moderation when an input arrives: its latest decision (if any), what Akismet said and
 * what it was told, and its Akismet check.
 *
 * @param decided          whether any decision was taken yet (comment.moderated's decisionSeq &gt; 0)
 * @param reason           the latest decision's machine reason; a decision with the same status and reason is no news
 * @param statusBefore     the status before spam or trash, where a restore returns to
 * @param feedbackPossible Akismet is configured and still holds our as-submitted copy, so feedback can be sent
 */
public record CommentState(boolean decided, CommentStatus status, DecidedBy decidedBy, String reason,
                           CommentStatus statusBefore, Optional<AkismetVerdict> akismetVerdict,
                           Optional<AkismetVerdict> reportedAs, boolean awaitingCheck, int checkAttempts,
                           Instant receivedAt, boolean feedbackPossible) {

    /** A comment that has just arrived. */
    public static CommentState arrived(Instant receivedAt) {
        return new CommentState(false, CommentStatus.PENDING, null, null, null, Optional.empty(), Optional.empty(),
                false, 0, receivedAt, false);
    }
}
