package io.newsroom.akismet.simulator;

import java.util.Locale;

/** How the simulator answers the Akismet paths. The control API under {@code /_simulator} is never affected. */
public enum Mode {
    /** Answers as the real service does. */
    NORMAL,
    /** Waits {@link AkismetSimulator#slowDelay()} before answering normally: longer than any sane client timeout. */
    SLOW,
    /** HTTP 500 with a plain body. */
    ERROR500,
    /** HTTP 429 with {@code Retry-After}. */
    THROTTLE429,
    /** HTTP 200 with a body that is neither {@code true} nor {@code false}. */
    GARBAGE,
    /** Closes the connection without answering, as a service that is down looks to a client. */
    REFUSE,
    /** Answers normally, plus {@code X-akismet-alert-code} / {@code X-akismet-alert-msg} (an account problem). */
    ALERT;

    public static Mode parse(String value) {
        String v = value == null ? "" : value.trim().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (Mode m : values()) {
            if (m.name().replace("_", "").equals(v)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown mode '" + value + "'");
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
