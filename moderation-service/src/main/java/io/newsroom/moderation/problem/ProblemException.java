package io.newsroom.moderation.problem;

import java.time.Duration;
import java.util.List;

/**
 * A refusal the client can act on, thrown anywhere and answered as problem+json by {@link ProblemMapper};
 * nothing is stored when one is thrown inside a transaction.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Violation> violations;
    private final Duration retryAfter;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null, null);
    }

    public ProblemException(ProblemType type, String detail, List<Violation> violations, Duration retryAfter) {
        super(detail, null, false, false);
        this.type = type;
        this.violations = violations == null ? null : List.copyOf(violations);
        this.retryAfter = retryAfter;
    }

    /** One or more bad fields: a {@code validation} problem, one violation per field. */
    public static ProblemException invalid(List<Violation> violations) {
        return new ProblemException(ProblemType.VALIDATION, validationDetail(violations), violations, null);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Violation(field, message)));
    }

    public static ProblemException malformedJson(String detail) {
        return new ProblemException(ProblemType.MALFORMED_JSON, detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException unavailable(String detail, Duration retryAfter) {
        return new ProblemException(ProblemType.UNAVAILABLE, detail, null, retryAfter);
    }

    /** "email: is required" for one field, "3 fields are invalid" for more. */
    static String validationDetail(List<Violation> violations) {
        return violations.size() == 1 ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are invalid";
    }

    public ProblemType type() {
        return type;
    }

    public int status() {
        return type.status();
    }

    public List<Violation> violations() {
        return violations;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
