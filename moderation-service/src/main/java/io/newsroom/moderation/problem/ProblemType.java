package io.newsroom.moderation.problem;

import java.util.List;

/**
 * A kind of problem: its HTTP status, the last segment of its {@code type} URI and its title, which never changes
 * from one occurrence to the next (RFC 9457 §3.1.3). The kinds every service shares are listed here; a service
 * names its own next to the code that refuses (comment-service's {@code duplicate}, for one).
 */
public record ProblemType(int status, String slug, String title) {

    public static final String BASE = "https://newsroom.example.org/problems/";

    public static final ProblemType VALIDATION = new ProblemType(400, "validation", "Invalid request");
    public static final ProblemType MALFORMED_JSON = new ProblemType(400, "malformed-json", "Malformed JSON");
    public static final ProblemType BAD_REQUEST = new ProblemType(400, "bad-request", "Bad Request");
    public static final ProblemType UNAUTHORIZED = new ProblemType(401, "unauthorized", "Unauthorized");
    public static final ProblemType FORBIDDEN = new ProblemType(403, "forbidden", "Forbidden");
    public static final ProblemType NOT_FOUND = new ProblemType(404, "not-found", "Not Found");
    public static final ProblemType METHOD_NOT_ALLOWED = new ProblemType(405, "method-not-allowed", "Method Not Allowed");
    public static final ProblemType NOT_ACCEPTABLE = new ProblemType(406, "not-acceptable", "Not Acceptable");
    public static final ProblemType CONFLICT = new ProblemType(409, "conflict", "Conflict");
    public static final ProblemType PRECONDITION_FAILED = new ProblemType(412, "precondition-failed", "Precondition Failed");
    public static final ProblemType CONTENT_TOO_LARGE = new ProblemType(413, "content-too-large", "Content Too Large");
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE =
            new ProblemType(415, "unsupported-media-type", "Unsupported Media Type");
    public static final ProblemType PRECONDITION_REQUIRED =
            new ProblemType(428, "precondition-required", "Precondition Required");
    public static final ProblemType TOO_MANY_REQUESTS = new ProblemType(429, "too-many-requests", "Too Many Requests");
    public static final ProblemType INTERNAL = new ProblemType(500, "internal", "Internal Server Error");
    public static final ProblemType UNAVAILABLE = new ProblemType(503, "unavailable", "Service Unavailable");

    private static final List<ProblemType> BY_STATUS = List.of(BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND,
            METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, CONFLICT, PRECONDITION_FAILED, CONTENT_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE,
            PRECONDITION_REQUIRED, TOO_MANY_REQUESTS, INTERNAL, UNAVAILABLE);

    public String uri() {
        return BASE + slug;
    }

    /** The shared kind for a bare HTTP status (a JAX-RS exception carries no more than that). */
    public static ProblemType forStatus(int status, String reasonPhrase) {
        for (ProblemType type : BY_STATUS) {
            if (type.status == status) {
                return type;
            }
        }
        String title = reasonPhrase == null || reasonPhrase.isBlank() ? "Error " + status : reasonPhrase;
        return new ProblemType(status, title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"), title);
    }
}
