package io.newsroom.article.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CommentCountsTest {

    @Test
    void approvingCountsAndLeavingApprovedUncounts() {
        assertEquals(1, CommentCounts.delta("PENDING", 1, "APPROVED", 2));
        assertEquals(-1, CommentCounts.delta("APPROVED", 2, "SPAM", 3));
        assertEquals(0, CommentCounts.delta("PENDING", 1, "SPAM", 2));
    }

    @Test
    void aRedeliveredOrOlderEventMovesNothing() {
        assertEquals(0, CommentCounts.delta("APPROVED", 2, "APPROVED", 2));
        assertEquals(0, CommentCounts.delta("SPAM", 3, "APPROVED", 2));
    }
}
