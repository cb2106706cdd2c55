package io.newsroom.article.problem;

/**
 * One bad field of a request: {@code field} as the client wrote it (a JSON path such as {@code sources[0].url},
 * or a query parameter's name), {@code message} what is wrong with its value.
 */
public record Violation(String field, String message) {
}
