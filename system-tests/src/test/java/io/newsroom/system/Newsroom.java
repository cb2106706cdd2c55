package io.newsroom.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.awaitility.Awaitility;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The steps the scenarios take again and again, through the public APIs only. */
public final class Newsroom {

    private static final AtomicLong NEXT_IP = new AtomicLong(0x000101);

    private Newsroom() {
    }

    public static NewsroomSystem system() {
        return NewsroomSystem.get();
    }

    /** alice writes, bob checks, alice publishes: the story's id. */
    public static String publishedStory(String title) {
        NewsroomSystem system = system();
        JsonObject story = new JsonObject().put("title", title).put("summary", "Summary of " + title)
                .put("body", "Body of " + title).put("tags", new JsonArray().add("test"))
                .put("sources", new JsonArray().add(new JsonObject().put("title", "Minutes").put("url", "https://example.org/minutes")));
        Http.Reply created = Http.post(system.articles("/articles"), Tokens.of("alice"), story);
        assertEquals(201, created.status(), created.toString());
        String id = created.json().getString("id");
        assertEquals(200, Http.post(system.articles("/articles/" + id + "/submit"), Tokens.of("alice"), null).status());
        Http.Reply checked = factCheck(id, "bob", etag(id, "bob"));
        assertEquals(200, checked.status(), checked.toString());
        assertEquals(200, Http.post(system.articles("/articles/" + id + "/publish"), Tokens.of("alice"), null).status());
        return id;
    }

    /** A VERIFIED verdict on the version the checker read (If-Match: that version's ETag; none when null). */
    public static Http.Reply factCheck(String id, String checker, String ifMatch) {
        JsonObject check = new JsonObject().put("verdict", "VERIFIED").put("notes", "ok")
                .put("sourcesChecked", new JsonArray().add(new JsonObject().put("title", "Minutes").put("url", "https://example.org/minutes")));
        java.net.http.HttpRequest.Builder request = Http.builder(system().articles("/articles/" + id + "/fact-check"), Tokens.of(checker))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(check.encode()));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return Http.send(request);
    }

    /** The ETag of a story as a member of staff reads it now. */
    public static String etag(String id, String user) {
        Http.Reply story = Http.get(system().articles("/articles/" + id), Tokens.of(user));
        assertEquals(200, story.status(), story.toString());
        return story.header("ETag");
    }

    /** An anonymous reader's reply from their own address (the tests stand behind a trusted proxy). */
    public static Http.Reply reply(String articleId, JsonObject body, String readerIp) {
        return Http.send(Http.builder(system().comments("/articles/" + articleId + "/comments"), null)
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", readerIp)
                .header("User-Agent", "Mozilla/5.0 (system test)")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.encode())));
    }

    public static JsonObject anonymous(String name, String email, String content) {
        return new JsonObject().put("author", name).put("email", email).put("content", content);
    }

    /**
     * A reader address no other reply of this run has used: random addresses collide (birthday odds of
     * ~1 % over a 500-reply drill), and two replies from one address within 15 s are a flood.
     */
    public static String uniqueIp() {
        long n = NEXT_IP.getAndIncrement();
        return "10." + ((n >>> 16) & 0xff) + "." + ((n >>> 8) & 0xff) + "." + (n & 0xff);
    }

    public static JsonObject publicThreads(String articleId) {
        Http.Reply reply = Http.get(system().comments("/articles/" + articleId + "/comments?size=50"), null);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    public static String moderationStatus(String commentId) {
        Http.Reply reply = Http.get(system().moderation("/moderation/comments/" + commentId), Tokens.of("carol"));
        return reply.status() == 200 ? reply.json().getString("status") : "UNKNOWN(" + reply.status() + ")";
    }

    public static String publicStatus(String statusUrl) {
        Http.Reply reply = Http.get(statusUrl, null);
        return reply.status() == 200 ? reply.json().getString("status") : "UNKNOWN(" + reply.status() + ")";
    }

    public static int commentCount(String articleId) {
        return Http.get(system().articles("/articles/" + articleId), null).json().getInteger("commentCount");
    }

    public static JsonArray simulatorRequests(String path) {
        return Http.get(system().akismet("/_simulator/requests?path=" + path), null).jsonArray();
    }

    public static void simulatorMode(String mode) {
        Http.Reply reply = Http.post(system().akismet("/_simulator/mode"), null, new JsonObject().put("mode", mode));
        if (reply.status() / 100 != 2) {
            throw new IllegalStateException("simulator mode " + mode + ": " + reply);
        }
    }

    public static org.awaitility.core.ConditionFactory within(Duration duration) {
        return Awaitility.await().atMost(duration).pollInterval(Duration.ofMillis(250));
    }
}
