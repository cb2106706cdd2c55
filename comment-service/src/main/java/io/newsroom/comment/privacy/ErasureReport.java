package io.newsroom.comment.privacy;

/** How many comments of an address were erased. */
public record ErasureReport(String email, int erased) {
}
