package io.newsroom.moderation.privacy;

/** What one erasure removed from moderation: the comments (with their as-submitted copies), history lines, feedback rows. */
public record ErasureResult(int comments, int historyLines, int feedbackDropped) {
}
