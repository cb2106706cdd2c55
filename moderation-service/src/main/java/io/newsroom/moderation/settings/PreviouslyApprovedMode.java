package io.newsroom.moderation.settings;

/** "The author must have a previously approved comment": ON, OFF, or AUTO (on when there is no Akismet key). */
public enum PreviouslyApprovedMode {
    ON, OFF, AUTO;

    public boolean effective(boolean akismetEnabled) {
        return this == ON || (this == AUTO && !akismetEnabled);
    }
}
