package io.newsroom.comment.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 9457 problem details; {@code violations} only for validation failures. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
        List<Violation> violations) {
}
