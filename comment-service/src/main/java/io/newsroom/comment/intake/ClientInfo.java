package io.newsroom.comment.intake;

/** What spam filtering needs to know about the request itself. */
public record ClientInfo(String ip, String userAgent, String referrer) {
}
