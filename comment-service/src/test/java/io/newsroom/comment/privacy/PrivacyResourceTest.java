package io.newsroom.comment.privacy;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.newsroom.comment.moderation.StatusApplier;
import io.newsroom.comment.store.Comment;
import io.newsroom.comment.store.CommentRepository;
import io.newsroom.comment.support.Db;
import io.newsroom.comment.support.RabbitNames;
import io.newsroom.comment.support.Replies;
import io.newsroom.comment.support.Stories;
import io.newsroom.comment.support.TestQueue;
import io.newsroom.comment.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;

@QuarkusTest
class PrivacyResourceTest {

    static final Duration WAIT = Duration.ofSeconds(15);

    @Inject
    StatusApplier applier;
    @Inject
    PrivacyService privacy;
    @Inject
    CommentRepository comments;

    static ValidatableResponse ask(Tokens.User user, String path, Object body) {
        var spec = given();
        if (user != null) {
            spec = spec.auth().oauth2(Tokens.of(user));
        }
        if (body != null) {
            spec = spec.contentType(ContentType.JSON).body(body);
        }
        return spec.post(path).then();
    }

    @Test
    void onlyAdminsMayAskAboutSomeoneElse() {
        Map<String, String> body = Map.of("email", "x@example.net");
        for (String path : List.of("/privacy/erasures", "/privacy/exports")) {
            ask(null, path, body).statusCode(401).contentType("application/problem+json");
            ask(Tokens.ERIN, path, body).statusCode(403).contentType("application/problem+json");
            ask(Tokens.CAROL, path, body).statusCode(403).contentType("application/problem+json");
            ask(Tokens.DAVE, path, body).statusCode(path.endsWith("erasures") ? 202 : 200);
            ask(Tokens.DAVE, path, Map.of()).statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem("email")).body("violations.field", hasItem("subject"));
            ask(Tokens.DAVE, path, Map.of("email", "a@b.example", "subject", "s")).statusCode(400)
                    .contentType("application/problem+json");
            ask(Tokens.DAVE, path, Map.of("email", "not-an-address")).statusCode(400)
                    .body("violations[0].field", equalTo("email"));
            ask(Tokens.DAVE, path, null).statusCode(415).contentType("application/problem+json");
            given().auth().oauth2(Tokens.of(Tokens.DAVE)).contentType(ContentType.JSON).body("").post(path)
                    .then().statusCode(400).contentType("application/problem+json");
            given().auth().oauth2(Tokens.of(Tokens.DAVE)).contentType(ContentType.JSON).body("{\"email\":").post(path)
                    .then().statusCode(400).contentType("application/problem+json");
        }
        given().auth().oauth2(Tokens.of(Tokens.ERIN)).get("/privacy/requests").then().statusCode(403);
        given().auth().oauth2(Tokens.of(Tokens.DAVE)).queryParam("size", 1000).get("/privacy/requests").then()
                .statusCode(400).body("violations[0].field", equalTo("size"));
        ask(null, "/privacy/me/export", null).statusCode(401).contentType("application/problem+json");
        ask(null, "/privacy/me/erasure", null).statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theEmailNeverTravelsInAUrl() {
        for (String method : new String[] { "GET", "DELETE" }) {
            given().auth().oauth2(Tokens.of(Tokens.DAVE)).queryParam("email", "x@example.net")
                    .request(method, "/privacy/comments").then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void exportHoldsEverythingEveryServiceKnowsAndIsRecorded() {
        Map<String, Object> form = Replies.form("Export me");
        String email = (String) form.get("email");
        String ip = Replies.randomIp();
        UUID id = UUID.fromString(Replies.post(Stories.PRIVACY, form, ip).statusCode(202).extract().path("id"));

        String requestId = ask(Tokens.DAVE, "/privacy/exports", Map.of("email", email.toUpperCase())).statusCode(200)
                .body("person.by", equalTo("email"))
                .body("services.comment-service.count", equalTo(1))
                .body("services.comment-service.comments[0].id", equalTo(id.toString()))
                .body("services.comment-service.comments[0].authorEmail", equalTo(email))
                .body("services.comment-service.comments[0].userIp", equalTo(ip))
                .body("services.comment-service.comments[0].content", equalTo("Export me"))
                .body("services.moderation-service.service", equalTo("moderation-service"))
                .extract().path("requestId");

        String records = given().auth().oauth2(Tokens.of(Tokens.DAVE)).get("/privacy/requests").then().statusCode(200)
                .body("items.find { it.id == '" + requestId + "' }.kind", equalTo("EXPORT"))
                .body("items.find { it.id == '" + requestId + "' }.requestedBy", equalTo("dave"))
                .body("items.find { it.id == '" + requestId + "' }.personHash", equalTo(PersonHash.ofEmail(email)))
                .body("items.find { it.id == '" + requestId + "' }.status", equalTo("DONE"))
                .extract().asString();
        assertFalse(records.toLowerCase().contains(email.toLowerCase()), "the record names a hash, not the email");
    }

    @Test
    void oneErasureRequestErasesHereTravelsOnAndIsClosedByModerationsConfirmation() throws Exception {
        Map<String, Object> form = Replies.form("Forget me");
        String email = (String) form.get("email");
        UUID parent = Replies.leave(Stories.PRIVACY, form);
        Replies.decide(applier, Stories.PRIVACY, parent, "APPROVED", 1);
        Map<String, Object> reply = Replies.form("A reply that stays");
        reply.put("parentId", parent.toString());
        UUID child = Replies.leave(Stories.PRIVACY, reply);
        Replies.decide(applier, Stories.PRIVACY, child, "APPROVED", 1);

        String requestId;
        try (TestQueue queue = TestQueue.boundTo(RabbitNames.ERASURE_EXCHANGE, "#")) {
            ValidatableResponse accepted = ask(Tokens.DAVE, "/privacy/erasures", Map.of("email", email)).statusCode(202);
            requestId = accepted.extract().path("id");
            accepted.header("Location", org.hamcrest.Matchers.endsWith("/privacy/erasures/" + requestId));
            String wanted = requestId;
            await().atMost(WAIT).until(() -> queue.messages().stream().anyMatch(m -> wanted.equals(m.getString("requestId"))));
            JsonObject event = queue.messages().stream().filter(m -> wanted.equals(m.getString("requestId"))).findFirst()
                    .orElseThrow();
            assertEquals("email", event.getString("by"));
            assertEquals(PersonHash.ofEmail(email), event.getString("personHash"));
            assertEquals("guest", event.getString("_userId"));
            assertFalse(event.encode().contains(email), "only the hash travels");
        }
        given().auth().oauth2(Tokens.of(Tokens.DAVE)).get("/privacy/erasures/{id}", requestId).then().statusCode(200)
                .body("kind", equalTo("ERASURE")).body("status", equalTo("IN_PROGRESS"))
                .body("services.comment-service.comments", equalTo(1))
                .body("services.comment-service.finishedAt", notNullValue())
                .body("services.moderation-service.status", equalTo("PENDING"))
                .body("finishedAt", nullValue());

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
                .body("comments.find { it.id == '" + parent + "' }.replies[0].content", equalTo("A reply that stays"));

        // a confirmation from anyone but moderation-service changes nothing
        String done = new JsonObject().put("requestId", requestId).put("service", "moderation-service").put("comments", 1)
                .put("historyLines", 3).put("akismetFeedback", 0).put("asSubmittedCopies", true)
                .put("finishedAt", Instant.now().toString()).encode();
        TestQueue.publish(RabbitNames.ERASURE_DONE_EXCHANGE, "privacy.erasure-done", done, null);
        await().atMost(WAIT).until(() -> TestQueue.depth(RabbitNames.ERASURE_DONE_DLQ) >= 1);
        assertEquals("IN_PROGRESS", privacy.find(UUID.fromString(requestId)).status());

        TestQueue.publish(RabbitNames.ERASURE_DONE_EXCHANGE, "privacy.erasure-done", done);
        await().atMost(WAIT).until(() -> "DONE".equals(privacy.find(UUID.fromString(requestId)).status()));
        given().auth().oauth2(Tokens.of(Tokens.DAVE)).get("/privacy/erasures/{id}", requestId).then().statusCode(200)
                .body("services.moderation-service.comments", equalTo(1))
                .body("services.moderation-service.historyLines", equalTo(3))
                .body("finishedAt", notNullValue()).body("requestedBy", equalTo("dave"));
        ask(Tokens.DAVE, "/privacy/exports", Map.of("email", email)).statusCode(200)
                .body("services.comment-service.count", equalTo(0));
    }

    @Test
    void aLoggedInReaderExportsAndErasesThemself() {
        Tokens.User reader = Tokens.reader("Rita Reader", "rita-" + UUID.randomUUID() + "@example.net");
        UUID id = UUID.fromString(given().auth().oauth2(Tokens.of(reader)).contentType(ContentType.JSON)
                .header("X-Forwarded-For", Replies.randomIp())
                .body(Map.of("content", "Mine, logged in")).post("/articles/{id}/comments", Stories.PRIVACY).then()
                .statusCode(202).extract().path("id"));

        ask(reader, "/privacy/me/export", null).statusCode(200)
                .body("person.by", equalTo("subject"))
                .body("services.comment-service.count", equalTo(1))
                .body("services.comment-service.comments[0].id", equalTo(id.toString()))
                .body("services.comment-service.comments[0].content", equalTo("Mine, logged in"))
                .body("services.moderation-service.service", equalTo("moderation-service"));

        String requestId = ask(reader, "/privacy/me/erasure", null).statusCode(202)
                .body("selfService", equalTo(true)).body("by", equalTo("subject"))
                .body("services.comment-service.comments", equalTo(1)).extract().path("id");
        assertTrue(Db.comment(id).deleted);
        assertNull(Db.comment(id).authorSubject);
        given().auth().oauth2(Tokens.of(reader)).get("/privacy/erasures/{id}", requestId).then().statusCode(200);
        given().auth().oauth2(Tokens.of(Tokens.ERIN)).get("/privacy/erasures/{id}", requestId).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Tokens.DAVE)).get("/privacy/erasures/{id}", UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Tokens.DAVE)).get("/privacy/erasures/not-a-uuid").then().statusCode(404);
    }

    @Test
    void ipAddressesUserAgentsAndReferrersAreRemovedAfterTheRetention() {
        UUID old = Replies.leave(Stories.PRIVACY, Replies.form("Written long ago"));
        UUID recent = Replies.leave(Stories.PRIVACY, Replies.form("Written today"));
        Db.tx(() -> comments.update("createdAt = ?1 where id = ?2", Instant.now().minus(Duration.ofDays(31)), old));

        assertTrue(privacy.forgetOldAddresses() >= 1);

        assertNull(Db.comment(old).userIp);
        assertNull(Db.comment(old).userAgent);
        assertNull(Db.comment(old).referrer);
        assertEquals("Written long ago", Db.comment(old).content, "only the addresses go");
        assertTrue(Db.comment(recent).userIp != null, "recent comments keep their IP for spam fighting");
    }
}
