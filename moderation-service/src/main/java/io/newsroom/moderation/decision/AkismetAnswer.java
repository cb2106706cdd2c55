package io.newsroom.moderation.decision;

import java.time.Duration;
import java.util.Optional;

/** What one comment-check came to: a verdict, or a failure that must never be read as one. */
public sealed interface AkismetAnswer {

    /** {@code true}/{@code false}, with the {@code discard} pro-tip and Akismet's guid. */
    record Verdict(boolean spam, boolean discard, String guid) implements AkismetAnswer {
        public AkismetVerdict verdict() {
            return spam ? AkismetVerdict.SPAM : AkismetVerdict.HAM;
        }
    }

    /** A timeout, a refused connection, a 5xx, a 429, a rejected key, an unexpected body. */
    record Failure(FailureKind kind, String detail, Optional<Duration> retryAfter) implements AkismetAnswer {
        public static Failure of(FailureKind kind, String detail) {
            return new Failure(kind, detail, Optional.empty());
        }
    }

    enum FailureKind {
        TIMEOUT("timeout"), UNREACHABLE("unreachable"), SERVER_ERROR("server-error"), THROTTLED("throttled"),
        INVALID_KEY("invalid-key"), BAD_ANSWER("bad-answer");

        /** The machine reason's suffix: {@code akismet:timeout}. */
        public final String reason;

        FailureKind(String reason) {
            this.reason = reason;
        }

        /** Akismet itself looks away (as opposed to a 429 with its own Retry-After, or an answer about one comment). */
        public boolean outage() {
            return this == TIMEOUT || this == UNREACHABLE || this == SERVER_ERROR;
        }
    }
}
