package io.newsroom.comment.thread;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds nested threads from a flat, time-ordered list of approved comments. A reply whose parent
 * is not in the list (it was later marked spam or trashed) is left out with its own replies: the
 * public never sees half a conversation hanging from nothing.
 */
public final class ThreadAssembler {

    private ThreadAssembler() {
    }

    /** A flat row as read from the database. */
    public record Row(UUID id, UUID parentId, int depth, String authorName, String authorUrl, String content,
            java.time.Instant createdAt, boolean deleted) {
    }

    public static List<CommentView> assemble(List<UUID> rootOrder, List<Row> rows) {
        Map<UUID, List<Row>> children = new HashMap<>();
        Map<UUID, Row> roots = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.parentId() == null) {
                roots.put(row.id(), row);
            } else {
                children.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row);
            }
        }
        List<CommentView> threads = new ArrayList<>();
        for (UUID rootId : rootOrder) {
            Row root = roots.get(rootId);
            if (root != null) {
                threads.add(view(root, children));
            }
        }
        return threads;
    }

    public static CommentView single(Row row) {
        return view(row, Map.of());
    }

    private static CommentView view(Row row, Map<UUID, List<Row>> children) {
        List<CommentView> replies = new ArrayList<>();
        for (Row child : children.getOrDefault(row.id(), List.of())) {
            replies.add(view(child, children));
        }
        return new CommentView(row.id(), row.parentId(), row.depth(),
                row.deleted() ? "deleted" : row.authorName(),
                row.deleted() ? null : row.authorUrl(),
                row.deleted() ? "" : row.content(),
                row.createdAt(), row.deleted(), replies);
    }
}
