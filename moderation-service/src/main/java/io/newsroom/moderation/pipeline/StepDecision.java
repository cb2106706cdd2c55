package io.newsroom.moderation.pipeline;

import java.util.Objects;

/**
 * What a pipeline step decided: the status, who decided, a machine-readable reason (e.g. {@code rule:links>2},
 * {@code akismet:spam}) and the same in plain words for the history ("held: 3 links").
 */
public record StepDecision(CommentStatus status, DecidedBy decidedBy, String reason, String message) {
    public StepDecision {
        Objects.requireNonNull(status);
        Objects.requireNonNull(decidedBy);
        Objects.requireNonNull(reason);
        Objects.requireNonNull(message);
    }

    public static StepDecision rule(CommentStatus status, String reason, String message) {
        return new StepDecision(status, DecidedBy.RULE, reason, message);
    }
}
