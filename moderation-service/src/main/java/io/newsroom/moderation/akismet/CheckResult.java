package io.newsroom.moderation.akismet;

import io.newsroom.moderation.decision.AkismetAnswer;
import io.newsroom.moderation.decision.AkismetAnswer.FailureKind;

import java.time.Duration;
import java.util.Optional;

/** What one Akismet call came to: a verdict, or a failure that must never be read as one, and any account alert. */
public sealed interface CheckResult {

    /** The decider's view of it: the verdict or the failure, without the transport's extras. */
    AkismetAnswer answer();

    record Verdict(boolean spam, boolean discard, String guid, Optional<Alert> alert) implements CheckResult {
        @Override
        public AkismetAnswer answer() {
            return new AkismetAnswer.Verdict(spam, discard, guid);
        }
    }

    record Failure(FailureKind kind, String detail, Optional<Duration> retryAfter, Optional<Alert> alert)
            implements CheckResult {
        public static Failure of(FailureKind kind, String detail) {
            return new Failure(kind, detail, Optional.empty(), Optional.empty());
        }

        @Override
        public AkismetAnswer answer() {
            return new AkismetAnswer.Failure(kind, detail, retryAfter);
        }
    }

    /** {@code X-akismet-alert-code} / {@code X-akismet-alert-msg}: an account problem for the admins. */
    record Alert(String code, String message) {
    }
}
