package io.newsroom.comment.thread;

import java.util.List;
import java.util.UUID;

/** One page of a story's top-level threads, each with all its approved replies nested in order. */
public record ThreadPage(UUID articleId, long total, long totalThreads, int page, int size, int totalPages,
        String order, List<CommentView> comments) {
}
