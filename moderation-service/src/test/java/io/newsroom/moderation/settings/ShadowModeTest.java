package io.newsroom.moderation.settings;

import io.newsroom.moderation.support.Broker;
import io.newsroom.moderation.support.Comments;
import io.newsroom.moderation.support.Metrics;
import io.newsroom.moderation.support.Settings;
import io.newsroom.moderation.support.Simulator;
import io.newsroom.moderation.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shadow mode: a rule, or Akismet, set to "log only" runs and records what it would have decided, and acts on nothing. */
@QuarkusTest
class ShadowModeTest {
    static final Duration WAIT = Duration.ofSeconds(20);
    JsonObject before;

    @BeforeEach
    void remember() {
        Broker.listen();
        Simulator.mode("normal");
        before = Settings.get();
    }

    @AfterEach
    void restore() {
        Settings.put(before.copy().put("shadowSources", before.getJsonArray("shadowSources")));
    }

    static JsonObject line(JsonObject detail, String event) {
        return detail.getJsonArray("history").stream().map(JsonObject.class::cast)
                .filter(l -> event.equals(l.getString("event"))).findFirst().orElse(null);
    }

    @Test
    void aRuleInShadowModeChangesNoStatusAndLeavesAHistoryLineAndAMetric() {
        Map<String, String> shadowHolds = Map.of("rule", "link-limit", "verdict", "pending", "shadow", "true");
        double counted = Metrics.value("newsroom_moderation_verdicts_total", shadowHolds);
        JsonObject saved = Settings.put(Settings.withShadow(before.copy().put("linkLimit", 2), "link-limit"));
        assertEquals(new JsonArray().add("link-limit"), saved.getJsonArray("shadowSources"));

        String id = Comments.send(Comments.event("Shadow Sam", "https://a.example https://b.example https://c.example"));
        await().atMost(WAIT).until(() -> "APPROVED".equals(Comments.status(id)));
        JsonObject detail = Comments.detail(id);
        assertEquals("akismet:ham", detail.getString("reason"), "the link limit would have held it; it acted on nothing");
        JsonObject shadow = line(detail, "SHADOW_VERDICT");
        assertEquals("shadow mode, not acted on: held: 3 links", shadow.getString("message"));
        assertEquals("shadow:rule:links>2", shadow.getString("reason"));
        assertNull(shadow.getValue("status"), "a shadow line is no decision");
        await().atMost(WAIT).until(() -> Broker.moderated(id).size() == 1);
        assertEquals("APPROVED", Broker.moderated(id).get(0).getString("status"));

        assertEquals(counted + 1, Metrics.value("newsroom_moderation_verdicts_total", shadowHolds));
        JsonArray accuracy = new JsonObject(given().auth().oauth2(Tokens.carol()).get("/moderation/stats").asString())
                .getJsonArray("accuracy");
        assertTrue(accuracy.stream().map(JsonObject.class::cast).anyMatch(a -> a.getString("source").equals("link-limit")
                && a.getString("verdict").equals("PENDING") && a.getBoolean("shadow")
                && a.getJsonObject("last7Days").getLong("decided") >= 1), accuracy.encodePrettily());
    }

    @Test
    void akismetInShadowModeRecordsItsVerdictAndTheRulesDecide() {
        Map<String, String> shadowSpam = Map.of("rule", "akismet", "verdict", "spam", "shadow", "true");
        double counted = Metrics.value("newsroom_moderation_verdicts_total", shadowSpam);
        Settings.put(Settings.withShadow(before.copy().put("previouslyApproved", "OFF").put("disallowedKeys", new JsonArray()),
                "akismet"));
        String id = Comments.send(Comments.event("Shadow Spammer", "Pills, cheap")
                .put("authorEmail", "akismet-guaranteed-spam@example.com"));
        await().atMost(WAIT).until(() -> {
            JsonObject d = Comments.detail(id);
            return d != null && line(d, "SHADOW_VERDICT") != null;
        });
        JsonObject detail = Comments.detail(id);
        assertEquals("APPROVED", detail.getString("status"), "Akismet said spam, in shadow mode: nothing moved");
        assertEquals("rule:passed", detail.getString("reason"));
        assertEquals("shadow mode, not acted on: Akismet caught this comment as spam",
                line(detail, "SHADOW_VERDICT").getString("message"));
        assertEquals("SPAM", detail.getJsonObject("akismet").getString("verdict"), "remembered, for feedback");
        assertEquals(1, Broker.moderated(id).size(), "one decision, the rules'");
        assertEquals(counted + 1, Metrics.value("newsroom_moderation_verdicts_total", shadowSpam));
    }

    @Test
    void onlyKnownRulesAndAkismetCanBeShadowedAndAPutWithoutTheFieldKeepsThem() {
        given().auth().oauth2(Tokens.dave()).contentType(ContentType.JSON)
                .body(Settings.withShadow(before, "link-limit", "passed", "nope").encode())
                .put("/moderation/settings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("shadowSources[1]", "shadowSources[2]")));
        Settings.put(Settings.withShadow(before, "honeypot", "akismet"));
        JsonObject older = before.copy();
        older.remove("shadowSources");
        // a client that does not know shadow mode yet (the console of an older release) changes nothing of it
        given().auth().oauth2(Tokens.dave()).contentType(ContentType.JSON)
                .body(Map.of("disallowedKeys", List.of(), "moderationKeys", List.of(), "linkLimit", 3,
                        "manualApproval", false, "previouslyApproved", "AUTO", "discardWorstSpam", true, "spamPurgeDays", 15))
                .put("/moderation/settings").then().statusCode(200)
                .body("shadowSources", equalTo(List.of("akismet", "honeypot")))
                .body("shadowableSources", hasItem("link-limit"))
                .body("previouslyApprovedEffective", equalTo(true));
    }
}
