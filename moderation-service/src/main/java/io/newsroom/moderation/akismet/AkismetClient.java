package io.newsroom.moderation.akismet;

import io.newsroom.moderation.decision.AkismetAnswer.FailureKind;
import io.newsroom.moderation.decision.CheckReason;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every Akismet call the service makes, non-blocking, each ending in a {@link CheckResult}-like value and never in
 * an exception: a timeout, a refused connection, a 5xx, a 429 or an odd body are failures, never verdicts. Every
 * answer, whatever the call, goes through {@link #received}: its alert headers reach the admins, and a 429 pauses
 * all calls (see {@link AkismetThrottle}).
 */
@ApplicationScoped
public class AkismetClient {

    public enum KeyAnswer { VALID, INVALID }

    /** The key check: VALID/INVALID, or why it could not be asked. */
    public record KeyCheck(Optional<KeyAnswer> answer, String detail) {
    }

    /** One HTTP answer from Akismet, as read off the wire. */
    record Answer(int status, String body, Function<String, String> header) {
    }

    @Inject
    @RestClient
    AkismetApi api;
    @Inject
    AkismetConfig config;
    @Inject
    AkismetAlerts alerts;
    @Inject
    AkismetThrottle throttle;

    public Uni<KeyCheck> verifyKey() {
        Optional<CheckResult.Failure> paused = paused();
        if (paused.isPresent()) {
            return Uni.createFrom().item(new KeyCheck(Optional.empty(), paused.get().detail()));
        }
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add("key", config.apiKey().orElse(""));
        form.add("blog", config.blog());
        return bounded(api.verifyKey(form, config.userAgent()))
                .map(r -> keyCheck(read(r)))
                .onFailure().recoverWithItem(e -> new KeyCheck(Optional.empty(), failureOf(e).detail()));
    }

    /** comment-check with the fields as submitted, plus the key, is_test and recheck_reason (when re-checking). */
    public Uni<CheckResult> commentCheck(Map<String, List<String>> asSubmitted, CheckReason recheckReason) {
        Optional<CheckResult.Failure> paused = paused();
        if (paused.isPresent()) {
            return Uni.createFrom().item(paused.get());
        }
        MultivaluedMap<String, String> form = form(asSubmitted);
        if (recheckReason != null) {
            form.putSingle("recheck_reason", switch (recheckReason) {
                case RETRY -> "retry";
                case RECHECK_QUEUE -> "recheck_queue";
            });
        }
        return bounded(api.commentCheck(form, config.userAgent()))
                .map(r -> commentCheck(read(r)))
                .onFailure().recoverWithItem(AkismetClient::failureOf);
    }

    /** submit-spam / submit-ham with the same fields comment-check got, plus {@code reporter}; empty = acknowledged. */
    public Uni<Optional<CheckResult.Failure>> submit(boolean spam, Map<String, List<String>> asSubmitted, String reporter) {
        Optional<CheckResult.Failure> paused = paused();
        if (paused.isPresent()) {
            return Uni.createFrom().item(paused);
        }
        MultivaluedMap<String, String> form = form(asSubmitted);
        form.putSingle("reporter", reporter);
        Uni<Response> call = spam ? api.submitSpam(form, config.userAgent()) : api.submitHam(form, config.userAgent());
        return bounded(call)
                .map(r -> feedback(read(r)))
                .onFailure().recoverWithItem(e -> Optional.of(failureOf(e)));
    }

    /** The key's monthly usage as Akismet reports it (JSON), or empty when it cannot be had. */
    public Uni<Optional<String>> usageLimit() {
        if (paused().isPresent()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return bounded(api.usageLimit(config.apiKey().orElse(""), config.userAgent()))
                .map(r -> usage(read(r)))
                .onFailure().recoverWithItem(Optional.empty());
    }

    KeyCheck keyCheck(Answer a) {
        received(a);
        Optional<Boolean> valid = AkismetAnswers.verifyKey(a.status(), a.body());
        String help = a.header().apply("X-akismet-debug-help");
        return valid.map(v -> new KeyCheck(Optional.of(v ? KeyAnswer.VALID : KeyAnswer.INVALID),
                        v ? "valid" : "invalid" + (help == null ? "" : ": " + help)))
                .orElseGet(() -> new KeyCheck(Optional.empty(), "HTTP " + a.status()));
    }

    CheckResult commentCheck(Answer a) {
        received(a);
        return AkismetAnswers.commentCheck(a.status(), a.body(), a.header());
    }

    Optional<CheckResult.Failure> feedback(Answer a) {
        received(a);
        return AkismetAnswers.feedback(a.status(), a.body(), a.header());
    }

    Optional<String> usage(Answer a) {
        received(a);
        String body = a.body();
        return a.status() == 200 && body != null && body.trim().startsWith("{")
                ? Optional.of(body.trim()) : Optional.empty();
    }

    /** What every answer tells us beyond its own call: account alerts, and a throttled key (without a Retry-After,
     * calls wait as long as the first re-check would). */
    private void received(Answer a) {
        alerts.seen(AkismetAnswers.alert(a.header()));
        if (a.status() == 429) {
            throttle.pause(AkismetAnswers.retryAfter(a.header().apply("Retry-After"))
                    .orElse(config.recheck().initialBackoff()));
        }
    }

    private Optional<CheckResult.Failure> paused() {
        return throttle.remaining().map(left -> new CheckResult.Failure(FailureKind.THROTTLED,
                "throttled (429): calls to Akismet paused until " + throttle.pausedUntil(), Optional.of(left),
                Optional.empty()));
    }

    private static Answer read(Response r) {
        return new Answer(r.getStatus(), r.readEntity(String.class), r::getHeaderString);
    }

    private MultivaluedMap<String, String> form(Map<String, List<String>> asSubmitted) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add("api_key", config.apiKey().orElse(""));
        asSubmitted.forEach((k, v) -> form.put(k, new ArrayList<>(v)));
        if (config.isTest()) {
            form.putSingle("is_test", "1");
        }
        return form;
    }

    private Uni<Response> bounded(Uni<Response> call) {
        return call.ifNoItem().after(config.timeout()).fail();
    }

    public static CheckResult.Failure failureOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getName().toLowerCase(Locale.ROOT);
            String msg = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (name.contains("timeout") || msg.contains("timeout") || msg.contains("timed out")) {
                return CheckResult.Failure.of(FailureKind.TIMEOUT, "no answer in time");
            }
            if (t instanceof ConnectException || msg.contains("connection refused")) {
                return CheckResult.Failure.of(FailureKind.UNREACHABLE, "connection refused");
            }
        }
        return CheckResult.Failure.of(FailureKind.UNREACHABLE,
                "connection failed: " + e.getClass().getSimpleName());
    }
}
