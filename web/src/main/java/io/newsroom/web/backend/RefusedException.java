package io.newsroom.web.backend;

/**
 * A service refused what was asked with a 4xx it explained (a bad field, a flood, a duplicate, closed
 * comments): the page shows its words next to what the person typed.
 */
public class RefusedException extends RuntimeException {

    private final int status;
    private final Problem problem;
    private final Long retryAfterSeconds;

    public RefusedException(int status, Problem problem, Long retryAfterSeconds) {
        super(problem == null ? "refused with " + status : problem.detail(), null, false, false);
        this.status = status;
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public Problem problem() {
        return problem;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
