package io.newsroom.system;

import static io.newsroom.system.Newsroom.anonymous;
import static io.newsroom.system.Newsroom.publicThreads;
import static io.newsroom.system.Newsroom.publishedStory;
import static io.newsroom.system.Newsroom.reply;
import static io.newsroom.system.Newsroom.system;
import static io.newsroom.system.Newsroom.uniqueIp;
import static io.newsroom.system.Newsroom.within;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;

/**
 * Scenario 5: a corpus of hostile requests against every public endpoint. Every answer is a 4xx
 * problem+json — never a 500 — and nothing is stored: the only comment that reaches moderation
 * afterwards is the well-formed one sent last as a marker.
 */
@Order(5)
class HostileInputIT {

    record Attack(String name, HttpRequest.Builder request) {
    }

    @Test
    void everyHostileRequestIsAClear4xxAndStoresNothing() {
        NewsroomSystem system = system();
        String story = publishedStory("Hostile input target");
        String comments = system.comments("/articles/" + story + "/comments");
        long queuedBefore = queued();

        List<Attack> corpus = new ArrayList<>();
        // Oversized and missing fields.
        corpus.add(post("content of 70,000 characters", comments, anonymous("A", "a@example.net", "x".repeat(70_000)).encode()));
        corpus.add(post("name of 300 characters", comments, anonymous("n".repeat(300), "a@example.net", "hi").encode()));
        corpus.add(post("email of 150 characters", comments, anonymous("A", "a".repeat(140) + "@example.net", "hi").encode()));
        corpus.add(post("url of 300 characters", comments, anonymous("A", "a@example.net", "hi").put("url", "https://e.org/" + "p".repeat(290)).encode()));
        corpus.add(post("no email", comments, new JsonObject().put("author", "A").put("content", "hi").encode()));
        corpus.add(post("no name", comments, new JsonObject().put("email", "a@example.net").put("content", "hi").encode()));
        corpus.add(post("no content", comments, new JsonObject().put("author", "A").put("email", "a@example.net").encode()));
        corpus.add(post("blank content", comments, anonymous("A", "a@example.net", "   \n\t ").encode()));
        // Malformed JSON and wrong types.
        corpus.add(post("unterminated JSON", comments, "{\"author\": \"A\", \"email\": "));
        corpus.add(post("not JSON at all", comments, "author=A&email=a@example.net"));
        corpus.add(post("a JSON array", comments, "[1,2,3]"));
        corpus.add(post("a JSON string", comments, "\"hello\""));
        corpus.add(post("JSON null", comments, "null"));
        corpus.add(post("empty body", comments, ""));
        corpus.add(post("content is an object", comments, "{\"author\":\"A\",\"email\":\"a@example.net\",\"content\":{\"x\":1}}"));
        corpus.add(post("email is a number", comments, "{\"author\":\"A\",\"email\":42,\"content\":\"hi\"}"));
        corpus.add(post("parentId is not a UUID", comments, anonymous("A", "a@example.net", "hi").put("parentId", "42").encode()));
        corpus.add(post("parentId is an array", comments, "{\"author\":\"A\",\"email\":\"a@example.net\",\"content\":\"hi\",\"parentId\":[1]}"));
        corpus.add(post("parent that does not exist", comments, anonymous("A", "a@example.net", "hi").put("parentId", "00000000-0000-0000-0000-000000000001").encode()));
        corpus.add(post("deeply nested JSON", comments, "[".repeat(5000) + "]".repeat(5000)));
        // Script and SQL payloads where they make the request invalid.
        corpus.add(post("javascript: URL", comments, anonymous("A", "a@example.net", "hi").put("url", "javascript:alert(1)").encode()));
        corpus.add(post("data: URL", comments, anonymous("A", "a@example.net", "hi").put("url", "data:text/html,<script>alert(1)</script>").encode()));
        corpus.add(post("script in the email", comments, anonymous("A", "<script>alert(1)</script>@example.net", "hi").encode()));
        corpus.add(post("SQL in the email", comments, anonymous("A", "' OR 1=1 --", "hi").encode()));
        corpus.add(post("SQL as the story id", system.comments("/articles/1'%20OR%20'1'='1/comments"), anonymous("A", "a@example.net", "hi").encode()));
        corpus.add(get("SQL as a story slug", system.articles("/articles/x'%20OR%201=1%20--")));
        corpus.add(get("SQL as a comment id", system.comments("/comments/1%20OR%201=1")));
        corpus.add(get("SQL in page", system.articles("/articles?page=1%3BDROP%20TABLE%20story")));
        // Unicode edge cases.
        corpus.add(post("NUL character in content", comments, "{\"author\":\"A\",\"email\":\"a@example.net\",\"content\":\"hi\\u0000there\"}"));
        corpus.add(post("NUL character in name", comments, "{\"author\":\"A\\u0000B\",\"email\":\"a@example.net\",\"content\":\"hi\"}"));
        corpus.add(post("lone surrogate in the email", comments, "{\"author\":\"A\",\"email\":\"a\\ud800@example.net\",\"content\":\"hi\"}"));
        corpus.add(new Attack("invalid UTF-8 bytes", Http.builder(comments, null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] { '{', '"', 'a', 'u', 't', 'h', 'o', 'r', '"', ':', '"',
                        (byte) 0xC3, (byte) 0x28, '"', '}' }))));
        corpus.add(post("246 emoji as the name", comments, anonymous("😀".repeat(246), "a@example.net", "hi").encode()));
        corpus.add(post("right-to-left override in the email", comments, anonymous("A", "a\u202e@example.net", "hi").encode()));
        // Path traversal and odd ids.
        corpus.add(get("path traversal as a story id", system.articles("/articles/..%2F..%2Fetc%2Fpasswd")));
        corpus.add(get("dot-dot story id", system.articles("/articles/../../etc/passwd")));
        corpus.add(get("path traversal as a comment id", system.comments("/comments/..%2F..%2Fetc%2Fpasswd")));
        corpus.add(post("path traversal as the story of a reply", system.comments("/articles/..%2F..%2Fetc/comments"), anonymous("A", "a@example.net", "hi").encode()));
        corpus.add(get("2,000-character story id", system.articles("/articles/" + "a".repeat(2000))));
        corpus.add(get("unknown comment", system.comments("/comments/00000000-0000-0000-0000-000000000000")));
        corpus.add(get("status without its token", system.comments("/comments/00000000-0000-0000-0000-000000000000/status")));
        corpus.add(get("status with a wrong token", system.comments("/comments/00000000-0000-0000-0000-000000000000/status?token=guess")));
        corpus.add(post("reply to a story that does not exist", system.comments("/articles/00000000-0000-0000-0000-000000000000/comments"),
                anonymous("A", "a@example.net", "hi").encode()));
        // Paging abuse.
        corpus.add(get("huge page size (stories)", system.articles("/articles?size=100000")));
        corpus.add(get("negative page (stories)", system.articles("/articles?page=-1")));
        corpus.add(get("page is not a number (stories)", system.articles("/articles?page=abc")));
        corpus.add(get("status that does not exist", system.articles("/articles?status=EVERYTHING")));
        corpus.add(get("huge page size (comments)", comments + "?size=100000"));
        corpus.add(get("negative page (comments)", comments + "?page=-1"));
        corpus.add(get("page is not a number (comments)", comments + "?page=abc"));
        corpus.add(get("page size zero (comments)", comments + "?size=0"));
        corpus.add(get("unknown order (comments)", comments + "?order=random"));
        // Wrong media types and methods.
        corpus.add(new Attack("text/plain body", Http.builder(comments, null).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello"))));
        corpus.add(new Attack("XML body", Http.builder(comments, null).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<comment><author>A</author></comment>"))));
        corpus.add(new Attack("DELETE on the thread", Http.builder(comments, null).DELETE()));
        corpus.add(new Attack("PUT on a published story without a token", Http.builder(system.articles("/articles/" + story), null)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{}"))));

        List<String> wrong = new ArrayList<>();
        for (Attack attack : corpus) {
            attack.request().header("X-Forwarded-For", uniqueIp());
            Http.Reply reply = Http.send(attack.request());
            boolean clear = reply.status() >= 400 && reply.status() < 500 && reply.contentType().startsWith("application/problem+json");
            System.out.printf("%-45s %d%n", attack.name(), reply.status());
            if (!clear) {
                wrong.add(attack.name() + ": " + reply);
            }
        }
        assertTrue(corpus.size() >= 50, "at least 50 hostile requests: " + corpus.size());
        assertTrue(wrong.isEmpty(), "not a clear 4xx problem+json:\n" + String.join("\n", wrong));

        // Nothing stored: a well-formed marker is the only new comment moderation ever sees.
        Http.Reply marker = reply(story, anonymous("Marker", "marker@example.net", "The only stored reply"), uniqueIp());
        assertEquals(202, marker.status());
        within(Duration.ofSeconds(30)).until(() -> queued() == queuedBefore + 1);
        within(Duration.ofSeconds(30)).until(() -> publicThreads(story).getLong("total") == 1);
        assertEquals(queuedBefore + 1, queued());
    }

    private static long queued() {
        JsonObject counts = Http.get(system().moderation("/moderation/comments"), Tokens.of("carol")).json().getJsonObject("counts");
        return counts.stream().mapToLong(e -> ((Number) e.getValue()).longValue()).sum();
    }

    private static Attack post(String name, String url, String body) {
        return new Attack(name, Http.builder(url, null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static Attack get(String name, String url) {
        return new Attack(name, Http.builder(url, null).GET());
    }
}
