package io.newsroom.moderation.decision;

import java.util.Locale;
import java.util.Optional;

/** What a moderator can do to a comment. */
public enum ModerationAction {
    APPROVE, SPAM, TRASH, RESTORE;

    public static Optional<ModerationAction> parse(String value) {
        try {
            return Optional.of(valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether this action contradicts a source's automatic verdict, for accuracy. A rule is overturned when the
     * moderator approves or restores what it held or trashed, or marks spam or trashes what it approved; holding
     * is a call for a person, so a held comment the moderator rejects was held rightly. Akismet judges spam only:
     * approving or restoring its spam, or marking spam what it cleared, overturns it — trashing does not.
     */
    public boolean overturns(Source source, CommentStatus verdict) {
        boolean accepts = this == APPROVE || this == RESTORE;
        if (source == Source.AKISMET) {
            return accepts ? verdict.isSpam() : this == SPAM && verdict == CommentStatus.APPROVED;
        }
        return accepts ? verdict != CommentStatus.APPROVED : verdict == CommentStatus.APPROVED;
    }
}
