package io.newsroom.moderation.queue;

import java.util.Locale;

/** What a moderator can do to a comment. */
public enum ModerationAction {
    APPROVE, SPAM, TRASH, RESTORE;

    public static ModerationAction parse(String value) {
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
