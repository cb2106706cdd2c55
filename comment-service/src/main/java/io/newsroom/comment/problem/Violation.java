package io.newsroom.comment.problem;

/** One bad field of a request. */
public record Violation(String field, String message) {
}
