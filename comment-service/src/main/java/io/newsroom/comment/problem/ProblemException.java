package io.newsroom.comment.problem;

import java.time.Duration;
import java.util.List;

/**
 * A refusal the client can act on. Thrown by services and turned into problem+json by
 * {@link ProblemMapper}; nothing is stored when one is thrown inside a transaction.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Violation> violations;
    private final Duration retryAfter;

    public ProblemException(int status, String slug, String title, String detail, List<Violation> violations,
            Duration retryAfter) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.violations = violations;
        this.retryAfter = retryAfter;
    }

    public static ProblemException invalid(List<Violation> violations) {
        return new ProblemException(400, "validation", "Invalid comment",
                "The request has " + violations.size() + " invalid field(s).", List.copyOf(violations), null);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Violation(field, message)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail, null, null);
    }

    public static ProblemException conflict(String slug, String title, String detail) {
        return new ProblemException(409, slug, title, detail, null, null);
    }

    public static ProblemException tooManyRequests(String detail, Duration retryAfter) {
        return new ProblemException(429, "flood", "Too many comments", detail, null, retryAfter);
    }

    public static ProblemException unavailable(String detail, Duration retryAfter) {
        return new ProblemException(503, "unavailable", "Service unavailable", detail, null, retryAfter);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Violation> violations() {
        return violations;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
