package io.newsroom.moderation.decision;

/**
 * "The author must have a previously approved comment": ON, OFF, or AUTO — on while Akismet does not decide (no
 * key, or Akismet in shadow mode), since the rules are then the site's only defence.
 */
public enum PreviouslyApprovedMode {
    ON, OFF, AUTO;

    public boolean effective(AkismetMode akismet) {
        return this == ON || (this == AUTO && akismet != AkismetMode.ON);
    }
}
