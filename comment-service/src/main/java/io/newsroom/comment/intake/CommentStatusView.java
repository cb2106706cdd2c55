package io.newsroom.comment.intake;

import java.util.UUID;

/** What the holder of a status link learns: nothing but the state of their own comment. */
public record CommentStatusView(UUID id, String status) {
}
