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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every Akismet call the service makes, non-blocking, each ending in a {@link CheckResult}-like value and never in
 * an exception: a timeout, a refused connection, a 5xx, a 429 or an odd body are failures, never verdicts.
 */
@ApplicationScoped
public class AkismetClient {

    public enum KeyAnswer { VALID, INVALID }

    /** The key check: VALID/INVALID, or why it could not be asked. */
    public record KeyCheck(Optional<KeyAnswer> answer, String detail) {
    }

    @Inject
    @RestClient
    AkismetApi api;
    @Inject
    AkismetConfig config;

    public Uni<KeyCheck> verifyKey() {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add("key", config.apiKey().orElse(""));
        form.add("blog", config.blog());
        return bounded(api.verifyKey(form, config.userAgent()))
                .map(r -> {
                    String body = r.readEntity(String.class);
                    Optional<Boolean> valid = AkismetAnswers.verifyKey(r.getStatus(), body);
                    String help = r.getHeaderString("X-akismet-debug-help");
                    return valid.map(v -> new KeyCheck(Optional.of(v ? KeyAnswer.VALID : KeyAnswer.INVALID),
                                    v ? "valid" : "invalid" + (help == null ? "" : ": " + help)))
                            .orElseGet(() -> new KeyCheck(Optional.empty(), "HTTP " + r.getStatus()));
                })
                .onFailure().recoverWithItem(e -> new KeyCheck(Optional.empty(), failureOf(e).detail()));
    }

    /** comment-check with the fields as submitted, plus the key, is_test and recheck_reason (when re-checking). */
    public Uni<CheckResult> commentCheck(Map<String, List<String>> asSubmitted, CheckReason recheckReason) {
        MultivaluedMap<String, String> form = form(asSubmitted);
        if (recheckReason != null) {
            form.putSingle("recheck_reason", switch (recheckReason) {
                case RETRY -> "retry";
                case RECHECK_QUEUE -> "recheck_queue";
            });
        }
        return bounded(api.commentCheck(form, config.userAgent()))
                .map(r -> AkismetAnswers.commentCheck(r.getStatus(), r.readEntity(String.class), headers(r)))
                .onFailure().recoverWithItem(AkismetClient::failureOf);
    }

    /** submit-spam / submit-ham with the same fields comment-check got, plus {@code reporter}; empty = acknowledged. */
    public Uni<Optional<CheckResult.Failure>> submit(boolean spam, Map<String, List<String>> asSubmitted, String reporter) {
        MultivaluedMap<String, String> form = form(asSubmitted);
        form.putSingle("reporter", reporter);
        Uni<Response> call = spam ? api.submitSpam(form, config.userAgent()) : api.submitHam(form, config.userAgent());
        return bounded(call)
                .map(r -> AkismetAnswers.feedback(r.getStatus(), r.readEntity(String.class), headers(r)))
                .onFailure().recoverWithItem(e -> Optional.of(failureOf(e)));
    }

    /** The key's monthly usage as Akismet reports it (JSON), or empty when it cannot be had. */
    public Uni<Optional<String>> usageLimit() {
        return bounded(api.usageLimit(config.apiKey().orElse(""), config.userAgent()))
                .map(r -> {
                    String body = r.readEntity(String.class);
                    return r.getStatus() == 200 && body != null && body.trim().startsWith("{")
                            ? Optional.of(body.trim()) : Optional.<String>empty();
                })
                .onFailure().recoverWithItem(Optional.empty());
    }

    private MultivaluedMap<String, String> form(Map<String, List<String>> asSubmitted) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add("api_key", config.apiKey().orElse(""));
        asSubmitted.forEach((k, v) -> form.put(k, new java.util.ArrayList<>(v)));
        if (config.isTest()) {
            form.putSingle("is_test", "1");
        }
        return form;
    }

    private Uni<Response> bounded(Uni<Response> call) {
        return call.ifNoItem().after(config.timeout()).fail();
    }

    private static Function<String, String> headers(Response r) {
        return r::getHeaderString;
    }

    static CheckResult.Failure failureOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getName().toLowerCase(java.util.Locale.ROOT);
            String msg = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
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
