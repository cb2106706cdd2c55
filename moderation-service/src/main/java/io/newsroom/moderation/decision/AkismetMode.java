package io.newsroom.moderation.decision;

/** Whether Akismet is asked, and whether its answer acts or is only recorded (shadow mode). */
public enum AkismetMode {
    /** No key: the site's rules alone decide. */
    OFF,
    /** Akismet is asked and its verdict decides. */
    ON,
    /** Akismet is asked and what it would have decided is recorded; the rules alone decide. */
    SHADOW;

    public static AkismetMode of(boolean keyConfigured, boolean shadow) {
        return !keyConfigured ? OFF : shadow ? SHADOW : ON;
    }
}
