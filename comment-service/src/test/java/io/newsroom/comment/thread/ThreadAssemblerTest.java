package io.newsroom.comment.thread;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ThreadAssemblerTest {

    private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

    private static ThreadAssembler.Row row(UUID id, UUID parent, int depth, int minute, boolean deleted) {
        return new ThreadAssembler.Row(id, parent, depth, "Name", "https://x.example", "text " + minute,
                T.plusSeconds(60L * minute), deleted);
    }

    @Test
    void nestsRepliesInOrderUnderTheirParents() {
        UUID a = UUID.randomUUID(), b = UUID.randomUUID(), a1 = UUID.randomUUID(), a2 = UUID.randomUUID(),
                a1x = UUID.randomUUID();
        List<CommentView> threads = ThreadAssembler.assemble(List.of(a, b), List.of(
                row(a, null, 1, 0, false), row(a1, a, 2, 1, false), row(b, null, 1, 2, false),
                row(a1x, a1, 3, 3, false), row(a2, a, 2, 4, false)));
        assertEquals(List.of(a, b), threads.stream().map(CommentView::id).toList());
        assertEquals(List.of(a1, a2), threads.get(0).replies().stream().map(CommentView::id).toList());
        assertEquals(a1x, threads.get(0).replies().get(0).replies().get(0).id());
    }

    @Test
    void anOrphanedReplyIsLeftOutWithItsSubtree() {
        UUID a = UUID.randomUUID(), gone = UUID.randomUUID(), orphan = UUID.randomUUID();
        List<CommentView> threads = ThreadAssembler.assemble(List.of(a), List.of(row(a, null, 1, 0, false),
                row(orphan, gone, 3, 1, false)));
        assertEquals(0, threads.get(0).replies().size());
    }

    @Test
    void anErasedCommentShowsAsDeleted() {
        UUID a = UUID.randomUUID();
        CommentView view = ThreadAssembler.single(row(a, null, 1, 0, true));
        assertEquals("deleted", view.authorName());
        assertEquals("", view.content());
        assertEquals(null, view.authorUrl());
    }
}
