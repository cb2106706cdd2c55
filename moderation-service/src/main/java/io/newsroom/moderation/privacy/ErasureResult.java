package io.newsroom.moderation.privacy;

/** DELETE /moderation/privacy: how many comments lost the person's data. */
public record ErasureResult(int comments, int feedbackDropped) {
}
