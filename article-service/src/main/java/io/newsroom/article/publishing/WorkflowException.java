package io.newsroom.article.publishing;

import java.util.List;

import io.newsroom.article.problem.ProblemException;
import io.newsroom.article.problem.ProblemType;
import io.newsroom.article.problem.Violation;

/**
 * A workflow rule said no; {@link Kind} says whether the caller or the story's state is at fault, and so which
 * problem the caller gets.
 */
public class WorkflowException extends ProblemException {

    public enum Kind {
        /** The story is not in a state that allows the step (HTTP 409). */
        WRONG_STATE,
        /** This person may not take the step on this story (HTTP 403). */
        NOT_PERMITTED,
        /** The story changed since the caller read the version the step is about (HTTP 412). */
        STALE,
        /** The request itself is incomplete for this step (HTTP 400). */
        INVALID
    }

    private final Kind kind;
    private final String field;

    public WorkflowException(Kind kind, String message) {
        this(kind, null, message);
    }

    public WorkflowException(Kind kind, String field, String message) {
        super(typeOf(kind), kind == Kind.INVALID ? field + ": " + message : message,
                kind == Kind.INVALID ? List.of(new Violation(field, message)) : null, null);
        this.kind = kind;
        this.field = field;
    }

    private static ProblemType typeOf(Kind kind) {
        return switch (kind) {
            case WRONG_STATE -> ProblemType.CONFLICT;
            case NOT_PERMITTED -> ProblemType.FORBIDDEN;
            case STALE -> ProblemType.PRECONDITION_FAILED;
            case INVALID -> ProblemType.VALIDATION;
        };
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}
