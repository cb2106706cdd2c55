package io.newsroom.moderation.queue;

import java.util.List;
import java.util.UUID;

/** Every id answered: its HTTP-like status, the comment's status after, and why when it failed. */
public record BulkResult(String action, List<Item> results) {
    public record Item(UUID id, int status, String commentStatus, boolean changed, String detail) {
    }
}
