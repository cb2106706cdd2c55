package io.newsroom.moderation.akismet;

import io.newsroom.moderation.decision.AkismetAnswer.FailureKind;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads Akismet's answers after akismet.md: only a 200 whose body is exactly {@code true}/{@code false} (and with
 * no debug or error header) is a verdict; only {@code Thanks for making the web a better place.} acknowledges
 * feedback. Everything else is a failure with a reason.
 */
public final class AkismetAnswers {
    public static final String THANKS = "Thanks for making the web a better place.";

    private AkismetAnswers() {
    }

    public static CheckResult commentCheck(int status, String body, Function<String, String> header) {
        Optional<CheckResult.Alert> alert = alert(header);
        Optional<CheckResult.Failure> failure = failure(status, body, header, alert);
        if (failure.isPresent()) {
            return failure.get();
        }
        String text = body == null ? "" : body.trim();
        if (text.equals("true") || text.equals("false")) {
            return new CheckResult.Verdict(text.equals("true"), "discard".equalsIgnoreCase(header.apply("X-akismet-pro-tip")),
                    header.apply("X-akismet-guid"), alert);
        }
        return new CheckResult.Failure(FailureKind.BAD_ANSWER, "unexpected answer: " + abbreviate(text),
                Optional.empty(), alert);
    }

    /** Feedback (submit-spam / submit-ham): empty when acknowledged, else the failure. */
    public static Optional<CheckResult.Failure> feedback(int status, String body, Function<String, String> header) {
        Optional<CheckResult.Alert> alert = alert(header);
        Optional<CheckResult.Failure> failure = failure(status, body, header, alert);
        if (failure.isPresent()) {
            return failure;
        }
        if (body != null && body.trim().equals(THANKS)) {
            return Optional.empty();
        }
        return Optional.of(new CheckResult.Failure(FailureKind.BAD_ANSWER,
                "unexpected answer: " + abbreviate(body), Optional.empty(), alert));
    }

    /** verify-key: true for {@code valid}, false for {@code invalid}, empty for anything else. */
    public static Optional<Boolean> verifyKey(int status, String body) {
        if (status != 200 || body == null) {
            return Optional.empty();
        }
        return switch (body.trim()) {
            case "valid" -> Optional.of(true);
            case "invalid" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static Optional<CheckResult.Failure> failure(int status, String body, Function<String, String> header,
                                                         Optional<CheckResult.Alert> alert) {
        if (status == 429) {
            return Optional.of(new CheckResult.Failure(FailureKind.THROTTLED, "throttled (429)",
                    retryAfter(header.apply("Retry-After")), alert));
        }
        if (status >= 500) {
            return Optional.of(new CheckResult.Failure(FailureKind.SERVER_ERROR, "HTTP " + status,
                    Optional.empty(), alert));
        }
        if (status != 200) {
            return Optional.of(new CheckResult.Failure(FailureKind.BAD_ANSWER, "HTTP " + status,
                    Optional.empty(), alert));
        }
        String text = body == null ? "" : body.trim();
        if (text.equals("invalid")) {
            return Optional.of(new CheckResult.Failure(FailureKind.INVALID_KEY,
                    "invalid key" + debug(header), Optional.empty(), alert));
        }
        String debugHelp = header.apply("X-akismet-debug-help");
        String error = header.apply("X-akismet-error");
        if (debugHelp != null || error != null) {
            return Optional.of(new CheckResult.Failure(FailureKind.BAD_ANSWER,
                    abbreviate(error != null ? error : debugHelp), Optional.empty(), alert));
        }
        return Optional.empty();
    }

    static Optional<CheckResult.Alert> alert(Function<String, String> header) {
        String code = header.apply("X-akismet-alert-code");
        String msg = header.apply("X-akismet-alert-msg");
        return code == null && msg == null ? Optional.empty() : Optional.of(new CheckResult.Alert(code, msg));
    }

    static Optional<Duration> retryAfter(String value) {
        return retryAfter(value, Instant.now());
    }

    /** {@code Retry-After} in either form RFC 9110 allows: delay-seconds, or an HTTP date (IMF-fixdate). */
    static Optional<Duration> retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant until = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(now, until);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                // unreadable: the backoff alone decides
                return Optional.empty();
            }
        }
    }

    private static String debug(Function<String, String> header) {
        String help = header.apply("X-akismet-debug-help");
        return help == null ? "" : ": " + abbreviate(help);
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
