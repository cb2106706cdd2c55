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
     * Whether this action contradicts an automatic verdict, for accuracy: approving or restoring what a source
     * held, trashed or called spam; marking spam or trashing what a source approved. Holding is a call for a
     * person, so a held comment the moderator then rejects was held rightly.
     */
    public boolean overturns(CommentStatus verdict) {
        boolean accepts = this == APPROVE || this == RESTORE;
        return accepts ? verdict != CommentStatus.APPROVED : verdict == CommentStatus.APPROVED;
    }
}
