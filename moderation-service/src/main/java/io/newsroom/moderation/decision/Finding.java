package io.newsroom.moderation.decision;

import java.util.Objects;

/**
 * What one source found: the status it decides, who decided, the machine-readable reason (e.g. {@code rule:links>2},
 * {@code akismet:spam}), the actor named in the history ({@code links>2}, {@code akismet}), the same in plain words
 * ("held: 3 links") and the kind of history line.
 */
public record Finding(Source source, CommentStatus status, DecidedBy decidedBy, String reason, String actor,
                      String message, HistoryEvent event) {
    public Finding {
        Objects.requireNonNull(source);
        Objects.requireNonNull(status);
        Objects.requireNonNull(decidedBy);
        Objects.requireNonNull(reason);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(message);
        Objects.requireNonNull(event);
    }

    /** A rule's finding; its reason is {@code rule:<key>} and its actor in the history {@code <key>}. */
    public static Finding rule(Source source, CommentStatus status, String key, String message) {
        return new Finding(source, status, DecidedBy.RULE, "rule:" + key, key, message, HistoryEvent.ofRule(status));
    }

    /** A rule that threw: held for a person, never approved. */
    static Finding broken(Source source) {
        String reason = "error:" + source.id();
        return new Finding(source, CommentStatus.PENDING, DecidedBy.RULE, reason, reason,
                "held: the " + source.id() + " check could not decide", HistoryEvent.RULE_PENDING);
    }

    HistoryLine line() {
        return new HistoryLine(decidedBy, actor, event, reason, status, message, null);
    }
}
