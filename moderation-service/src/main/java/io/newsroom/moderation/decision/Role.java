package io.newsroom.moderation.decision;

/**
 * The realm roles the decider tells apart; a logged-in author with none of them is a reader. The realm's names for
 * them are in {@code security.Roles}, the only place those strings are written.
 */
public enum Role {
    ADMIN, EDITOR, MODERATOR, FACT_CHECKER;

    /** Comments by these are approved without asking Akismet (the disallowed list still applies). */
    public boolean isStaff() {
        return this == ADMIN || this == EDITOR;
    }
}
