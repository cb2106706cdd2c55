package io.newsroom.comment.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.newsroom.comment.moderation.StatusApplier;
import io.newsroom.comment.store.Comment;
import io.newsroom.comment.store.CommentRepository;
import io.newsroom.comment.support.Db;
import io.newsroom.comment.support.Replies;
import io.newsroom.comment.support.Stories;
import io.newsroom.comment.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PrivacyResourceTest {

    @Inject
    StatusApplier applier;
    @Inject
    PrivacyService privacy;
    @Inject
    CommentRepository comments;

    @Test
    void onlyAdminsMayExportOrErase() {
        for (String method : new String[] { "GET", "DELETE" }) {
            given().queryParam("email", "x@example.net").request(method, "/privacy/comments").then().statusCode(401)
                    .contentType("application/problem+json");
            given().auth().oauth2(Tokens.of(Tokens.ERIN)).queryParam("email", "x@example.net")
                    .request(method, "/privacy/comments").then().statusCode(403)
                    .contentType("application/problem+json");
            given().auth().oauth2(Tokens.of(Tokens.CAROL)).queryParam("email", "x@example.net")
                    .request(method, "/privacy/comments").then().statusCode(403);
            given().auth().oauth2(Tokens.of(Tokens.DAVE)).queryParam("email", "x@example.net")
                    .request(method, "/privacy/comments").then().statusCode(200);
            given().auth().oauth2(Tokens.of(Tokens.DAVE)).request(method, "/privacy/comments").then()
                    .statusCode(400).body("violations[0].field", equalTo("email"));
        }
    }

    @Test
    void exportHoldsEverythingWeKnowOfThatAddress() {
        Map<String, Object> form = Replies.form("Export me");
        String email = (String) form.get("email");
        String ip = Replies.randomIp();
        UUID id = UUID.fromString(Replies.post(Stories.PRIVACY, form, ip).statusCode(202).extract().path("id"));

        given().auth().oauth2(Tokens.of(Tokens.DAVE)).queryParam("email", email).get("/privacy/comments").then()
                .statusCode(200)
                .body("email", equalTo(email)).body("count", equalTo(1))
                .body("comments[0].id", equalTo(id.toString()))
                .body("comments[0].authorEmail", equalTo(email))
                .body("comments[0].userIp", equalTo(ip))
                .body("comments[0].content", equalTo("Export me"));
    }

    @Test
    void erasureKeepsThreadAndStatusButRemovesContentAndPersonalData() {
        Map<String, Object> form = Replies.form("Forget me");
        String email = (String) form.get("email");
        UUID parent = Replies.leave(Stories.PRIVACY, form);
        Replies.decide(applier, Stories.PRIVACY, parent, "APPROVED", 1);
        Map<String, Object> reply = Replies.form("A reply that stays");
        reply.put("parentId", parent.toString());
        UUID child = Replies.leave(Stories.PRIVACY, reply);
        Replies.decide(applier, Stories.PRIVACY, child, "APPROVED", 1);

        given().auth().oauth2(Tokens.of(Tokens.DAVE)).queryParam("email", email).delete("/privacy/comments").then()
                .statusCode(200).body("erased", equalTo(1));

        Comment erased = Db.comment(parent);
        assertEquals("APPROVED", erased.status.name());
        assertTrue(erased.deleted);
        assertEquals("", erased.content);
        assertNull(erased.authorEmail);
        assertNull(erased.authorName);
        assertNull(erased.userIp);
        assertNull(erased.userAgent);
        assertNull(erased.referrer);

        given().get("/comments/{id}", parent).then().statusCode(200)
                .body("authorName", equalTo("deleted")).body("content", equalTo(""))
                .body("deleted", equalTo(true)).body("authorUrl", nullValue());
        given().get("/articles/{id}/comments", Stories.PRIVACY).then().statusCode(200)
                .body("comments.find { it.id == '" + parent + "' }.deleted", equalTo(true))
                .body("comments.find { it.id == '" + parent + "' }.replies", hasSize(1))
                .body("comments.find { it.id == '" + parent + "' }.replies[0].content",
                        equalTo("A reply that stays"));
        given().auth().oauth2(Tokens.of(Tokens.DAVE)).queryParam("email", email).get("/privacy/comments").then()
                .statusCode(200).body("count", equalTo(0));
    }

    @Test
    void ipAddressesAndUserAgentsAreRemovedAfterTheRetention() {
        UUID old = Replies.leave(Stories.PRIVACY, Replies.form("Written long ago"));
        UUID recent = Replies.leave(Stories.PRIVACY, Replies.form("Written today"));
        Db.tx(() -> comments.update("createdAt = ?1 where id = ?2", Instant.now().minus(Duration.ofDays(31)), old));

        assertTrue(privacy.forgetOldAddresses() >= 1);

        assertNull(Db.comment(old).userIp);
        assertNull(Db.comment(old).userAgent);
        assertEquals("Written long ago", Db.comment(old).content, "only the addresses go");
        assertTrue(Db.comment(recent).userIp != null, "recent comments keep their IP for spam fighting");
    }
}
