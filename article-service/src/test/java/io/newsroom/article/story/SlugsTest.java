package io.newsroom.article.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void readableAsciiFromAnyTitle() {
        assertEquals("cafe-owners-sue-city-hall", Slugs.fromTitle("Café owners sue City Hall!"));
        assertEquals("story", Slugs.fromTitle("!!!"));
        assertEquals("story", Slugs.fromTitle("日本語"));
        assertEquals("a-b", Slugs.fromTitle("  a / ../ b  "));
    }

    @Test
    void longTitlesAreCutWithoutATrailingDash() {
        String slug = Slugs.fromTitle("word ".repeat(40));
        assertTrue(slug.length() <= Slugs.MAX_LENGTH);
        assertTrue(!slug.endsWith("-"));
    }

    @Test
    void aTakenSlugGetsTheNextFreeNumber() {
        assertEquals("vote", Slugs.unique("vote", Set.of()));
        assertEquals("vote-2", Slugs.unique("vote", Set.of("vote")));
        assertEquals("vote-4", Slugs.unique("vote", Set.of("vote", "vote-2", "vote-3")));
    }
}
