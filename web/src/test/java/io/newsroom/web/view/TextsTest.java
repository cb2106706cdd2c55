package io.newsroom.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void onlyHttpAndHttpsAddressesBecomeLinks() {
        assertEquals("https://ann.example.net", Texts.safeHref("https://ann.example.net"));
        assertNull(Texts.safeHref("javascript:alert(1)"));
        assertNull(Texts.safeHref("JaVaScRiPt:alert(1)"));
        assertNull(Texts.safeHref("data:text/html,<script>"));
        assertNull(Texts.safeHref("http://"));
        assertNull(Texts.safeHref(" "));
    }

    @Test
    void textIsCutIntoParagraphsOfLinesAsTyped() {
        assertEquals(List.of(List.of("One", "two"), List.of("Three")), Texts.paragraphs("One\r\ntwo\n\n \nThree\n"));
        assertEquals(List.of(), Texts.paragraphs("  "));
    }

    @Test
    void permalinksBecomePathsOfThisSite() {
        assertEquals("/articles/x", Texts.localPath("https://news.example.org/articles/x"));
        assertNull(Texts.localPath("https://news.example.org/elsewhere"));
        assertEquals("/tags/city%20hall", Texts.tagHref("city hall"));
    }
}
