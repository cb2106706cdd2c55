package io.newsroom.comment.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document, the one error shape of every Newsroom service (docs/contracts.md, "Errors"):
 * {@code type} names the kind of problem and {@code title} summarises it, the same for every occurrence;
 * {@code detail} says what went wrong this time; {@code instance} is the request's path; {@code violations}
 * lists each bad field, for {@code validation} problems only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
        List<Violation> violations) {
}
