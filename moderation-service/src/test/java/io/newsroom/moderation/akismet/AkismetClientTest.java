package io.newsroom.moderation.akismet;

import io.newsroom.moderation.decision.AkismetAnswer.FailureKind;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every Akismet answer tells the client beyond its own call: alerts, and a throttled key. */
class AkismetClientTest {

    final AkismetAlerts alerts = new AkismetAlerts();
    final AkismetThrottle throttle = new AkismetThrottle();
    final AkismetClient client = client();

    AkismetClient client() {
        AkismetClient c = new AkismetClient();
        c.alerts = alerts;
        c.throttle = throttle;
        c.config = config(Duration.ofSeconds(45));
        // no api: a call that reached the network would fail the test with a NullPointerException
        return c;
    }

    static AkismetConfig config(Duration initialBackoff) {
        AkismetConfig.Recheck recheck = (AkismetConfig.Recheck) Proxy.newProxyInstance(AkismetConfig.class.getClassLoader(),
                new Class<?>[] {AkismetConfig.Recheck.class}, (proxy, method, args) ->
                        method.getName().equals("initialBackoff") ? initialBackoff : null);
        return (AkismetConfig) Proxy.newProxyInstance(AkismetConfig.class.getClassLoader(),
                new Class<?>[] {AkismetConfig.class}, (proxy, method, args) ->
                        method.getName().equals("recheck") ? recheck : null);
    }

    static AkismetClient.Answer answer(int status, String body, Map<String, String> headers) {
        return new AkismetClient.Answer(status, body, AkismetAnswersTest.headers(headers));
    }

    static final Map<String, String> ALERT = Map.of("X-akismet-alert-code", "10003",
            "X-akismet-alert-msg", "Your Akismet API usage limit has been reached for this month.");

    @Test
    void alertsAreReadFromVerifyKeyAndFromAcknowledgedFeedbackToo() {
        assertEquals(AkismetClient.KeyAnswer.VALID, client.keyCheck(answer(200, "valid", ALERT)).answer().orElseThrow());
        assertEquals("10003", alerts.last().orElseThrow().code());

        AkismetAlerts fresh = new AkismetAlerts();
        client.alerts = fresh;
        assertEquals(Optional.empty(), client.feedback(answer(200, AkismetAnswers.THANKS,
                Map.of("X-akismet-alert-code", "10011", "X-akismet-alert-msg", "key suspended"))), "still acknowledged");
        assertEquals("10011: key suspended", fresh.last().map(a -> a.code() + ": " + a.message()).orElseThrow());

        client.usage(answer(200, "{\"limit\":\"none\"}", Map.of("X-akismet-alert-code", "10500", "X-akismet-alert-msg", "m")));
        assertEquals("10500", fresh.last().orElseThrow().code());
    }

    @Test
    void a429OnAnyCallPausesEveryCallForItsRetryAfter() {
        client.feedback(answer(429, "", Map.of("Retry-After", "120")));
        Duration left = throttle.remaining().orElseThrow();
        assertTrue(left.compareTo(Duration.ofSeconds(110)) > 0 && left.compareTo(Duration.ofSeconds(120)) <= 0, left.toString());

        // nothing is sent while paused: the client has no api here, so any real call would throw
        CheckResult check = client.commentCheck(Map.of("comment_content", List.of("x")), null).await().indefinitely();
        CheckResult.Failure held = assertInstanceOf(CheckResult.Failure.class, check);
        assertEquals(FailureKind.THROTTLED, held.kind());
        assertTrue(held.retryAfter().orElseThrow().compareTo(Duration.ofSeconds(110)) > 0, "the pause is passed on");
        assertEquals(FailureKind.THROTTLED, client.submit(true, Map.of(), "carol").await().indefinitely().orElseThrow().kind());
        assertTrue(client.verifyKey().await().indefinitely().answer().isEmpty());
        assertEquals(Optional.empty(), client.usageLimit().await().indefinitely());
    }

    @Test
    void a429WithAnHttpDateOrWithoutRetryAfterPausesToo() {
        String inTwoMinutes = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusMinutes(2));
        client.keyCheck(answer(429, "", Map.of("Retry-After", inTwoMinutes)));
        assertTrue(throttle.remaining().orElseThrow().compareTo(Duration.ofSeconds(100)) > 0);

        AkismetThrottle other = new AkismetThrottle();
        client.throttle = other;
        client.commentCheck(answer(429, "", Map.of()));
        Duration left = other.remaining().orElseThrow();
        assertTrue(left.compareTo(Duration.ofSeconds(40)) > 0 && left.compareTo(Duration.ofSeconds(45)) <= 0,
                "no Retry-After: the first re-check's backoff, " + left);
    }
}
