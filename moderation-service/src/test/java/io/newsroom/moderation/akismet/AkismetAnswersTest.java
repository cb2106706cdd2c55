package io.newsroom.moderation.akismet;

import io.newsroom.moderation.decision.AkismetAnswer.FailureKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AkismetAnswersTest {

    static Function<String, String> headers(Map<String, String> h) {
        return name -> h.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    @Test
    void onlyTrueOrFalseIsAVerdict() {
        var spam = assertInstanceOf(CheckResult.Verdict.class, AkismetAnswers.commentCheck(200, "true",
                headers(Map.of("X-akismet-guid", "abc", "X-akismet-pro-tip", "discard"))));
        assertTrue(spam.spam());
        assertTrue(spam.discard());
        assertEquals("abc", spam.guid());
        var ham = assertInstanceOf(CheckResult.Verdict.class, AkismetAnswers.commentCheck(200, "false", headers(Map.of())));
        assertEquals(false, ham.spam());
    }

    @Test
    void everythingElseIsAFailure() {
        assertEquals(FailureKind.BAD_ANSWER, ((CheckResult.Failure) AkismetAnswers.commentCheck(200,
                "Missing required field: blog.", headers(Map.of("X-akismet-debug-help", "Missing required field: blog.")))).kind());
        assertEquals(FailureKind.INVALID_KEY, ((CheckResult.Failure) AkismetAnswers.commentCheck(200,
                "invalid", headers(Map.of("X-akismet-debug-help", "bad key")))).kind());
        assertEquals(FailureKind.SERVER_ERROR, ((CheckResult.Failure) AkismetAnswers.commentCheck(503, "", headers(Map.of()))).kind());
        assertEquals(FailureKind.BAD_ANSWER, ((CheckResult.Failure) AkismetAnswers.commentCheck(200, "<html>", headers(Map.of()))).kind());
        // a debug header spoils even a true/false body
        assertInstanceOf(CheckResult.Failure.class, AkismetAnswers.commentCheck(200, "false",
                headers(Map.of("X-akismet-error", "something"))));
    }

    @Test
    void throttlingCarriesRetryAfterAndAlertsAreRead() {
        var throttled = (CheckResult.Failure) AkismetAnswers.commentCheck(429, "", headers(Map.of("Retry-After", "7")));
        assertEquals(FailureKind.THROTTLED, throttled.kind());
        assertEquals(Optional.of(Duration.ofSeconds(7)), throttled.retryAfter());
        var alerted = (CheckResult.Verdict) AkismetAnswers.commentCheck(200, "false",
                headers(Map.of("X-akismet-alert-code", "10003", "X-akismet-alert-msg", "limit")));
        assertEquals("10003", alerted.alert().orElseThrow().code());
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        Instant now = Instant.parse("2026-11-25T08:00:00Z");
        assertEquals(Optional.of(Duration.ofSeconds(120)), AkismetAnswers.retryAfter(" 120 ", now));
        assertEquals(Optional.of(Duration.ofSeconds(90)), AkismetAnswers.retryAfter("Wed, 25 Nov 2026 08:01:30 GMT", now));
        assertEquals(Optional.of(Duration.ZERO), AkismetAnswers.retryAfter("Wed, 25 Nov 2026 07:00:00 GMT", now), "in the past");
        assertEquals(Optional.of(Duration.ZERO), AkismetAnswers.retryAfter("-5", now));
        assertEquals(Optional.empty(), AkismetAnswers.retryAfter("soon", now));
        assertEquals(Optional.empty(), AkismetAnswers.retryAfter(null, now));
    }

    @Test
    void feedbackIsAcknowledgedOnlyByTheThankYou() {
        assertEquals(Optional.empty(), AkismetAnswers.feedback(200, AkismetAnswers.THANKS, headers(Map.of())));
        assertTrue(AkismetAnswers.feedback(200, "invalid", headers(Map.of())).isPresent());
        assertTrue(AkismetAnswers.feedback(500, AkismetAnswers.THANKS, headers(Map.of())).isPresent());
    }

    @Test
    void verifyKey() {
        assertEquals(Optional.of(true), AkismetAnswers.verifyKey(200, "valid"));
        assertEquals(Optional.of(false), AkismetAnswers.verifyKey(200, "invalid"));
        assertEquals(Optional.empty(), AkismetAnswers.verifyKey(500, "valid"));
    }
}
