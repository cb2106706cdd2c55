package io.newsroom.moderation.akismet;

import java.time.Duration;
import java.util.Optional;

/** What one Akismet call came to: a verdict, or a failure that must never be read as one. */
public sealed interface CheckResult {

    record Verdict(boolean spam, boolean discard, String guid, Optional<Alert> alert) implements CheckResult {
    }

    record Failure(FailureKind kind, String detail, Optional<Duration> retryAfter, Optional<Alert> alert)
            implements CheckResult {
        public static Failure of(FailureKind kind, String detail) {
            return new Failure(kind, detail, Optional.empty(), Optional.empty());
        }
    }

    /** {@code X-akismet-alert-code} / {@code X-akismet-alert-msg}: an account problem for the admins. */
    record Alert(String code, String message) {
    }

    enum FailureKind {
        TIMEOUT("timeout"), UNREACHABLE("unreachable"), SERVER_ERROR("server-error"), THROTTLED("throttled"),
        INVALID_KEY("invalid-key"), BAD_ANSWER("bad-answer");

        public final String reason;

        FailureKind(String reason) {
            this.reason = reason;
        }
    }
}
