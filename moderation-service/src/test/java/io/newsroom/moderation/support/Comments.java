package io.newsroom.moderation.support;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** comment.submitted events as comment-service sends them, and the moderation API's view of the result. */
public final class Comments {
    private Comments() {
    }

    /** A guest's comment with every field filled; change what a test needs. */
    public static JsonObject event(String authorName, String content) {
        UUID id = UUID.randomUUID();
        return new JsonObject()
                .put("commentId", id.toString())
                .put("articleId", UUID.randomUUID().toString())
                .putNull("parentId")
                .put("permalink", "https://news.example.org/articles/council-budget")
                .put("articlePublishedAt", "2026-11-20T09:00:00Z")
                .put("articleModifiedAt", "2026-11-21T10:30:00Z")
                .put("articleTags", new JsonArray().add("politics").add("budget"))
                .put("authorName", authorName)
                .put("authorEmail", authorName.toLowerCase().replaceAll("[^a-z0-9]", "") + "@reader.example")
                .put("authorUrl", "https://reader.example/blog")
                .put("content", content)
                .put("userIp", "203.0.113.7")
                .put("userAgent", "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0")
                .put("referrer", "https://news.example.org/")
                .put("commentType", "comment")
                .putNull("authorSubject")
                .put("authorRoles", new JsonArray())
                .put("honeypotFieldName", "nr_hp_website")
                .put("honeypotValue", "")
                .put("submittedAt", Instant.now().toString())
                .put("resent", false);
    }

    public static String send(JsonObject event) {
        Broker.publish(event.encode());
        return event.getString("commentId");
    }

    /** GET /moderation/comments/{id} as carol; null while the comment is not there yet. */
    public static JsonObject detail(String id) {
        var r = given().auth().oauth2(Tokens.carol()).get("/moderation/comments/" + id);
        return r.statusCode() == 200 ? new JsonObject(r.asString()) : null;
    }

    public static String status(String id) {
        JsonObject d = detail(id);
        return d == null || d.getInteger("decisionSeq") == 0 ? null : d.getString("status");
    }
}
