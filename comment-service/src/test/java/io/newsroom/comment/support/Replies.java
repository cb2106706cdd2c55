package io.newsroom.comment.support;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.newsroom.comment.moderation.ModerationDecision;
import io.newsroom.comment.moderation.StatusApplier;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Small helpers to leave replies the way a form would, each from its own address. */
public final class Replies {

    private Replies() {
    }

    public static String randomIp() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "203.0." + r.nextInt(1, 250) + "." + r.nextInt(1, 250);
    }

    public static String randomEmail() {
        return "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
    }

    public static Map<String, Object> form(String content) {
        Map<String, Object> body = new HashMap<>();
        body.put("author", "Ann Onymous");
        body.put("email", randomEmail());
        body.put("url", "https://ann.example.net/");
        body.put("content", content);
        return body;
    }

    public static ValidatableResponse post(UUID article, Object body) {
        return post(article, body, randomIp());
    }

    public static ValidatableResponse post(UUID article, Object body, String ip) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", ip)
                .header("User-Agent", "Mozilla/5.0 (test)").header("Referer", "https://news.example.org/")
                .body(body).when().post("/articles/{id}/comments", article).then();
    }

    /** Posts and returns the new id. */
    public static UUID leave(UUID article, Map<String, Object> body) {
        return UUID.fromString(post(article, body).statusCode(202).extract().path("id"));
    }

    public static void decide(StatusApplier applier, UUID article, UUID comment, String status, int seq) {
        applier.apply(new ModerationDecision(comment, article, status, "MODERATOR", "carol", "test", seq,
                Instant.now()));
    }
}
