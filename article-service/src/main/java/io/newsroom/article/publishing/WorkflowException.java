package io.newsroom.article.publishing;

/** A workflow rule said no; {@link Kind} says whether the caller or the story's state is at fault. */
public class WorkflowException extends RuntimeException {

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
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}
