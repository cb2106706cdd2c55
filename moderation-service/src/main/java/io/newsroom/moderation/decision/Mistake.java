package io.newsroom.moderation.decision;

/** Akismet's mistakes as moderators corrected them (the plugin's own two accuracy figures). */
public enum Mistake {
    /** Akismet said ham; a moderator marked it spam. */
    MISSED_SPAM,
    /** Akismet said spam; a moderator approved or restored it. */
    FALSE_POSITIVE
}
