package io.newsroom.article.story;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class StoryTest {

    @Test
    void commentsCloseByHandOrAtTheirClosingTime() {
        Story story = new Story();
        story.commentsOpen = true;
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        assertTrue(story.commentsOpenAt(now));
        story.commentsCloseAt = now.plusSeconds(1);
        assertTrue(story.commentsOpenAt(now));
        assertFalse(story.commentsOpenAt(now.plusSeconds(1)));
        story.commentsCloseAt = null;
        story.commentsOpen = false;
        assertFalse(story.commentsOpenAt(now));
    }
}
