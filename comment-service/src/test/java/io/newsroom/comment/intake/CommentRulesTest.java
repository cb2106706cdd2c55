package io.newsroom.comment.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.comment.problem.Violation;

class CommentRulesTest {

    private static Author anon(String name, String email, String url) {
        return new Author(name, email, url, null, List.of());
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    @Test
    void aCompleteReplyPasses() {
        assertTrue(CommentRules.check(anon("Ann", "ann@example.net", "https://ann.example.net"), "Hi").isEmpty());
        assertTrue(CommentRules.check(anon("Ann", "ann@example.net", null), "Hi").isEmpty());
    }

    @Test
    void nameAndEmailAreRequired() {
        assertEquals(List.of("author", "email"), fields(CommentRules.check(anon(null, " ", null), "Hi")));
    }

    @Test
    void wordPressLengthLimits() {
        assertEquals(List.of(), fields(CommentRules.check(anon("n".repeat(245), "a@b.co", null), "x".repeat(65_525))));
        assertEquals(List.of("author", "content"),
                fields(CommentRules.check(anon("n".repeat(246), "a@b.co", null), "x".repeat(65_526))));
        String longEmail = "a".repeat(95) + "@b.com";
        assertEquals(List.of("email"), fields(CommentRules.check(anon("Ann", longEmail, null), "Hi")));
        assertEquals(List.of("url"), fields(CommentRules.check(
                anon("Ann", "a@b.co", "https://example.net/" + "p".repeat(190)), "Hi")));
    }

    @Test
    void emailMustLookLikeAnAddress() {
        for (String bad : List.of("not-an-email", "a@b", "a b@c.de", "@c.de", "a@@c.de")) {
            assertEquals(List.of("email"), fields(CommentRules.check(anon("Ann", bad, null), "Hi")), bad);
        }
    }

    @Test
    void markupAndInvisibleCharactersAreNoAddress() {
        for (String bad : List.of("<script>alert(1)</script>@example.net", "' OR 1=1 --@example.net", "a\ud800@example.net",
                "a\u202e@example.net", "a(b)@example.net")) {
            assertEquals(List.of("email"), fields(CommentRules.check(anon("Ann", bad, null), "Hi")), bad);
        }
        assertTrue(CommentRules.check(anon("Ann", "o'brien+news@example.co.uk", null), "Hi").isEmpty());
        assertTrue(CommentRules.check(anon("Ann", "josé@exemplo.com.br", null), "Hi").isEmpty());
    }

    @Test
    void controlCharactersAndUnpairedSurrogatesAreRefusedButLineBreaksAndJoinersAreNot() {
        assertEquals(List.of("content"), fields(CommentRules.check(anon("Ann", "a@b.co", null), "hi\u0000there")));
        assertEquals(List.of("author"), fields(CommentRules.check(anon("A\u0000B", "a@b.co", null), "Hi")));
        assertEquals(List.of("author"), fields(CommentRules.check(anon("Ann\u202egnp.exe", "a@b.co", null), "Hi")));
        assertEquals(List.of("content"), fields(CommentRules.check(anon("Ann", "a@b.co", null), "broken \udc00 pair")));
        assertTrue(CommentRules.check(anon("Ann", "a@b.co", null), "line one\nline two\ttabbed 😀").isEmpty());
        assertTrue(CommentRules.check(anon("\u0645\u06cc\u200c\u0634\u0648\u062f", "a@b.co", null), "Hi").isEmpty());
    }

    @Test
    void onlyHttpAndHttpsWebsites() {
        assertNull(CommentRules.urlProblem("http://example.net"));
        assertNull(CommentRules.urlProblem("HTTPS://example.net/path?q=1"));
        for (String bad : List.of("javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>",
                "ftp://example.net", "//example.net", "http://", "not a url")) {
            assertNotNull(CommentRules.urlProblem(bad), bad);
        }
    }

    @Test
    void blankContentIsRefused() {
        assertEquals(List.of("content"), fields(CommentRules.check(anon("Ann", "a@b.co", null), " \n\t")));
    }

    @Test
    void threadsAreAtMostFiveDeep() {
        assertNull(CommentRules.depthProblem(4, 5));
        assertNotNull(CommentRules.depthProblem(5, 5));
    }
}
