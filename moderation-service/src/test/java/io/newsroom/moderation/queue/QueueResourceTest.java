package io.newsroom.moderation.queue;

import io.newsroom.moderation.support.Management;
import io.newsroom.moderation.support.Broker;
import io.newsroom.moderation.support.Comments;
import io.newsroom.moderation.support.Simulator;
import io.newsroom.moderation.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The moderators' queue, the settings, stats and privacy endpoints: who may call them and what they answer. */
@QuarkusTest
class QueueResourceTest {
    static final String PROBLEM = "application/problem+json";

    @BeforeEach
    void normal() {
        Broker.listen();
        Simulator.mode("normal");
    }

    static String decided(String author, String content, String status) {
        JsonObject event = Comments.event(author, content);
        if (status.equals("SPAM")) {
            // the simulator's (and the real Akismet's) guaranteed spam trigger
            event.put("authorEmail", "akismet-guaranteed-spam@example.com");
        }
        String id = Comments.send(event);
        await().atMost(Duration.ofSeconds(20)).until(() -> status.equals(Comments.status(id)));
        return id;
    }

    record Call(Method method, String path, Object body) {
    }

    /** Must-show 4: every queue endpoint → no token 401, erin 403, alice 403, carol 200. */
    @Test
    void everyQueueEndpointAnswers401WithoutATokenAnd403ToReadersAndEditorsAndServesCarol() {
        String id = decided("Access Ann", "Access control check", "APPROVED");
        List<Call> calls = List.of(
                new Call(Method.GET, "/moderation/comments", null),
                new Call(Method.GET, "/moderation/comments?status=SPAM&q=ann", null),
                new Call(Method.GET, "/moderation/comments/" + id, null),
                new Call(Method.POST, "/moderation/comments/" + id + "/trash", null),
                new Call(Method.POST, "/moderation/comments/" + id + "/restore", null),
                new Call(Method.POST, "/moderation/comments/" + id + "/spam", null),
                new Call(Method.POST, "/moderation/comments/" + id + "/approve", null),
                new Call(Method.POST, "/moderation/comments/bulk", Map.of("action", "approve", "ids", List.of(id))),
                new Call(Method.POST, "/moderation/recheck", null),
                new Call(Method.GET, "/moderation/stats", null));
        for (Call call : calls) {
            request(null, call).then().statusCode(401).contentType(PROBLEM);
            request(Tokens.erin(), call).then().statusCode(403).contentType(PROBLEM);
            request(Tokens.alice(), call).then().statusCode(403).contentType(PROBLEM);
            request(Tokens.carol(), call).then().statusCode(200);
        }
        // admins work the queue too
        request(Tokens.dave(), calls.get(0)).then().statusCode(200);
    }

    @Test
    void settingsAndPrivacyAreForAdminsOnly() {
        Call get = new Call(Method.GET, "/moderation/settings", null);
        Call erase = new Call(Method.POST, "/moderation/privacy/exports", "{\"email\":\"nobody@example.com\"}");
        Call usage = new Call(Method.GET, "/moderation/akismet/usage", null);
        for (Call call : List.of(get, erase, usage)) {
            request(null, call).then().statusCode(401).contentType(PROBLEM);
            request(Tokens.erin(), call).then().statusCode(403);
            request(Tokens.carol(), call).then().statusCode(403);
            request(Tokens.dave(), call).then().statusCode(200);
        }
    }

    @Test
    void akismetUsageIsPassedThrough() {
        given().auth().oauth2(Tokens.dave()).get("/moderation/akismet/usage")
                .then().statusCode(200).body("limit", equalTo("none")).body("throttled", equalTo(false));
    }

    @Test
    void theListIsNewestFirstSearchableAndCountsEachStatus() {
        String older = decided("Search Sally", "first words on zebra crossings", "APPROVED");
        String newer = decided("Search Sally", "second words on zebra crossings", "APPROVED");
        String spam = decided("Search Spammer", "zebra pills", "SPAM");

        given().auth().oauth2(Tokens.carol()).queryParam("status", "APPROVED").queryParam("q", "ZEBRA")
                .get("/moderation/comments")
                .then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("items.id", equalTo(List.of(newer, older)))
                .body("items[0].authorEmail", equalTo("searchsally@reader.example"))
                .body("items[0].userIp", equalTo("203.0.113.7"))
                .body("counts.PENDING", notNullValue())
                .body("counts.SPAM", notNullValue())
                .body("counts.TRASH", notNullValue());
        given().auth().oauth2(Tokens.carol()).queryParam("q", "203.0.113").queryParam("size", 100)
                .get("/moderation/comments").then().statusCode(200).body("items.id", hasItem(spam));
        given().auth().oauth2(Tokens.carol()).queryParam("q", "searchsally@").queryParam("status", "SPAM")
                .get("/moderation/comments").then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(Tokens.carol()).queryParam("status", "SPAM").queryParam("q", "spammer")
                .get("/moderation/comments").then().statusCode(200).body("items.id", equalTo(List.of(spam)))
                .body("items[0].latestHistory", equalTo("Akismet caught this comment as spam"));

        long spamCount = given().auth().oauth2(Tokens.carol()).get("/moderation/comments")
                .then().extract().jsonPath().getLong("counts.SPAM");
        given().auth().oauth2(Tokens.carol()).queryParam("status", "SPAM").queryParam("size", 100)
                .get("/moderation/comments").then().body("total", equalTo((int) spamCount));
    }

    @Test
    void badQueriesAreProblems() {
        given().auth().oauth2(Tokens.carol()).queryParam("status", "NOPE").get("/moderation/comments")
                .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
        given().auth().oauth2(Tokens.carol()).queryParam("size", 1000).get("/moderation/comments")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("size"));
        given().auth().oauth2(Tokens.carol()).get("/moderation/comments/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.carol()).post("/moderation/comments/" + UUID.randomUUID() + "/frobnicate")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.carol()).get("/moderation/nowhere").then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.carol()).delete("/moderation/comments").then().statusCode(405).contentType(PROBLEM);
        given().auth().oauth2(Tokens.dave()).contentType(ContentType.TEXT).body("linkLimit=3").put("/moderation/settings")
                .then().statusCode(415).contentType(PROBLEM);
        given().auth().oauth2(Tokens.carol()).get("/moderation/comments/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void bulkAnswersEachIdAndRefusesMoreThanAHundred() {
        String a = decided("Bulk Bea", "bulk one", "APPROVED");
        String b = decided("Bulk Bea", "bulk two", "APPROVED");
        String missing = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.carol()).contentType(ContentType.JSON)
                .body(Map.of("action", "trash", "ids", List.of(a, b, missing)))
                .post("/moderation/comments/bulk")
                .then().statusCode(200)
                .body("action", equalTo("trash"))
                .body("results.id", equalTo(List.of(a, b, missing)))
                .body("results.status", equalTo(List.of(200, 200, 404)))
                .body("results[0].commentStatus", equalTo("TRASH"));
        assertEquals("TRASH", Comments.status(b));

        List<String> tooMany = Collections.nCopies(101, UUID.randomUUID().toString());
        given().auth().oauth2(Tokens.carol()).contentType(ContentType.JSON)
                .body(Map.of("action", "approve", "ids", tooMany))
                .post("/moderation/comments/bulk")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("ids"));
        given().auth().oauth2(Tokens.carol()).contentType(ContentType.JSON)
                .body(Map.of("action", "explode", "ids", List.of(a)))
                .post("/moderation/comments/bulk")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("action"));
        given().auth().oauth2(Tokens.carol()).contentType(ContentType.JSON).body("{\"action\": \"approve\", \"ids\": [")
                .post("/moderation/comments/bulk")
                .then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(Tokens.carol()).contentType(ContentType.JSON).body("{\"action\": \"approve\", \"ids\": \"x\"}")
                .post("/moderation/comments/bulk")
                .then().statusCode(400).contentType(PROBLEM);
        assertEquals("TRASH", Comments.status(a), "bad requests changed nothing");
    }

    @Test
    void trashAndRestoreReturnToThePreviousStatusAndRestoreOfAnApprovedCommentConflicts() {
        String id = decided("Restore Rita", "restore me", "APPROVED");
        given().auth().oauth2(Tokens.carol()).post("/moderation/comments/" + id + "/restore")
                .then().statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(Tokens.carol()).post("/moderation/comments/" + id + "/trash")
                .then().statusCode(200).body("status", equalTo("TRASH")).body("changed", equalTo(true));
        given().auth().oauth2(Tokens.carol()).post("/moderation/comments/" + id + "/trash")
                .then().statusCode(200).body("changed", equalTo(false));
        given().auth().oauth2(Tokens.carol()).post("/moderation/comments/" + id + "/restore")
                .then().statusCode(200).body("status", equalTo("APPROVED"));
        JsonObject detail = Comments.detail(id);
        assertEquals(3, detail.getInteger("decisionSeq"));
        List<String> messages = detail.getJsonArray("history").stream().map(o -> ((JsonObject) o).getString("message")).toList();
        assertEquals(List.of("Akismet cleared this comment", "carol moved this comment to the trash",
                "carol restored this comment to approved"), messages);
    }

    @Test
    void settingsAreValidatedPerFieldAndPersisted() {
        given().auth().oauth2(Tokens.dave()).contentType(ContentType.JSON)
                .body(Map.of("disallowedKeys", List.of("ok", " "), "moderationKeys", List.of(), "linkLimit", -1,
                        "manualApproval", false, "previouslyApproved", "AUTO", "discardWorstSpam", true, "spamPurgeDays", 0))
                .put("/moderation/settings")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", equalTo(List.of("disallowedKeys[1]", "linkLimit", "spamPurgeDays")));
        given().auth().oauth2(Tokens.dave()).contentType(ContentType.JSON)
                .body("{\"disallowedKeys\":[],\"moderationKeys\":[],\"linkLimit\":2,\"manualApproval\":false,"
                        + "\"previouslyApproved\":\"SOMETIMES\",\"discardWorstSpam\":true,\"spamPurgeDays\":15}")
                .put("/moderation/settings")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("previouslyApproved"));
        given().auth().oauth2(Tokens.dave()).get("/moderation/settings")
                .then().statusCode(200)
                .body("linkLimit", equalTo(2))
                .body("spamPurgeDays", equalTo(15))
                .body("discardWorstSpam", equalTo(true))
                .body("previouslyApproved", equalTo("AUTO"))
                .body("previouslyApprovedEffective", equalTo(false))
                .body("akismetEnabled", equalTo(true));
        given().auth().oauth2(Tokens.carol()).contentType(ContentType.JSON)
                .body(Map.of()).put("/moderation/settings").then().statusCode(403);
    }

    @Test
    void statsCountDecisionsBySourceAndAkismetsCorrectedMistakes() {
        String caught = decided("Stats Sid", "stats spam", "SPAM");
        String missed = decided("Stats Sam", "stats missed spam", "APPROVED");
        JsonObject before = new JsonObject(given().auth().oauth2(Tokens.carol()).get("/moderation/stats").asString());
        given().auth().oauth2(Tokens.carol()).post("/moderation/comments/" + caught + "/approve").then().statusCode(200);
        given().auth().oauth2(Tokens.carol()).post("/moderation/comments/" + missed + "/spam").then().statusCode(200);
        given().auth().oauth2(Tokens.carol()).get("/moderation/stats")
                .then().statusCode(200)
                .body("akismetMistakes.falsePositives",
                        equalTo(before.getJsonObject("akismetMistakes").getInteger("falsePositives") + 1))
                .body("akismetMistakes.missedSpam",
                        equalTo(before.getJsonObject("akismetMistakes").getInteger("missedSpam") + 1))
                .body("decisionsBySource.moderators",
                        equalTo(before.getJsonObject("decisionsBySource").getInteger("moderators") + 2))
                .body("akismet.mode", equalTo("akismet"))
                .body("akismet.keyStatus", equalTo("valid"));
        given().get(Management.url("/metrics")).then().statusCode(200)
                .body(containsString("newsroom_akismet_mistakes_total"))
                .body(containsString("newsroom_moderation_decisions_total"));
    }

    @Test
    void theOldErasureByEmailInTheUrlIsGone() {
        // erasure arrives as privacy.erasure-requested (ErasureTest); an email never travels in a URL
        given().auth().oauth2(Tokens.dave()).queryParam("email", "ForgetFay@reader.example")
                .delete("/moderation/privacy")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void readinessReportsAkismet() {
        given().get(Management.url("/health/ready")).then().statusCode(200)
                .body("checks.name", hasItem("akismet"))
                .body("checks.find { it.name == 'akismet' }.data.mode", equalTo("akismet"))
                .body("checks.find { it.name == 'akismet' }.status", not(equalTo("DOWN")));
    }

    private static io.restassured.response.Response request(String token, Call call) {
        RequestSpecification spec = given();
        if (token != null) {
            spec = spec.auth().oauth2(token);
        }
        if (call.body() != null) {
            spec = spec.contentType(ContentType.JSON).body(call.body());
        }
        return spec.request(call.method(), call.path());
    }
}
