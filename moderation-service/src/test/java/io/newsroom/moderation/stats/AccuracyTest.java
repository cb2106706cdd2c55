package io.newsroom.moderation.stats;

import io.newsroom.moderation.support.Broker;
import io.newsroom.moderation.support.Comments;
import io.newsroom.moderation.support.Metrics;
import io.newsroom.moderation.support.Simulator;
import io.newsroom.moderation.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Accuracy per source and verdict: what each rule and Akismet decided, and what moderators overturned. */
@QuarkusTest
class AccuracyTest {
    static final Duration WAIT = Duration.ofSeconds(20);

    static JsonObject stats() {
        return new JsonObject(given().auth().oauth2(Tokens.carol()).get("/moderation/stats").then().statusCode(200)
                .extract().asString());
    }

    /** decided and overturned for one source and verdict (acting, not shadow), over {@code window}. */
    static long[] figures(JsonObject stats, String source, String verdict, String window) {
        return stats.getJsonArray("accuracy").stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("source").equals(source) && a.getString("verdict").equals(verdict)
                        && !a.getBoolean("shadow"))
                .map(a -> a.getJsonObject(window))
                .map(w -> new long[] {w.getLong("decided"), w.getLong("overturned")})
                .findFirst().orElse(new long[] {0, 0});
    }

    static String decided(JsonObject event, String status) {
        String id = Comments.send(event);
        await().atMost(WAIT).until(() -> status.equals(Comments.status(id)));
        return id;
    }

    static void carol(String id, String action) {
        given().auth().oauth2(Tokens.carol()).post("/moderation/comments/" + id + "/" + action).then().statusCode(200);
    }

    @Test
    void overturnsAreCountedPerRuleAndVerdict() {
        Broker.listen();
        Simulator.mode("normal");
        JsonObject before = stats();
        double linkOverturnsCounted = Metrics.value("newsroom_moderation_overturns_total",
                Map.of("rule", "link-limit", "verdict", "pending", "shadow", "false"));

        // the link limit held it, Akismet cleared it; carol approves: the hold was overturned, Akismet was right
        String held = decided(Comments.event("Accurate Al", "https://a.example https://b.example https://c.example"), "PENDING");
        carol(held, "approve");
        // Akismet called it spam; carol approves: a false positive
        String spam = decided(Comments.event("Accurate Ann", "Not spam, really")
                .put("authorEmail", "akismet-guaranteed-spam@example.com"), "SPAM");
        carol(spam, "approve");
        // Akismet cleared it; carol marks it spam: missed spam. Then one she agrees with: trashing a held comment.
        String missed = decided(Comments.event("Accurate Abe", "Cheap watches"), "APPROVED");
        carol(missed, "spam");
        String rightlyHeld = decided(Comments.event("Accurate Ava", "https://a.example https://b.example https://c.example"),
                "PENDING");
        carol(rightlyHeld, "trash");

        JsonObject after = stats();
        for (String window : new String[] {"last7Days", "last30Days"}) {
            long[] linkBefore = figures(before, "link-limit", "PENDING", window);
            long[] link = figures(after, "link-limit", "PENDING", window);
            assertEquals(linkBefore[0] + 2, link[0], window + ": the link limit held two");
            assertEquals(linkBefore[1] + 1, link[1], window + ": one hold overturned, one upheld");
            long[] spamBefore = figures(before, "akismet", "SPAM", window);
            long[] spamAfter = figures(after, "akismet", "SPAM", window);
            assertEquals(spamBefore[0] + 1, spamAfter[0]);
            assertEquals(spamBefore[1] + 1, spamAfter[1]);
            long[] hamBefore = figures(before, "akismet", "APPROVED", window);
            long[] hamAfter = figures(after, "akismet", "APPROVED", window);
            assertEquals(hamBefore[0] + 3, hamAfter[0], "Akismet cleared Al, Abe and Ava");
            assertEquals(hamBefore[1] + 1, hamAfter[1], "and was overturned on Abe only");
        }
        JsonObject link7 = after.getJsonArray("accuracy").stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("source").equals("link-limit") && a.getString("verdict").equals("PENDING")
                        && !a.getBoolean("shadow")).findFirst().orElseThrow().getJsonObject("last7Days");
        assertEquals((double) link7.getLong("overturned") / link7.getLong("decided"), link7.getDouble("overturnRate"), 0.0001);

        Map<String, String> linkHolds = Map.of("rule", "link-limit", "verdict", "pending", "shadow", "false");
        assertEquals(linkOverturnsCounted + 1, Metrics.value("newsroom_moderation_overturns_total", linkHolds));
        assertEquals(link7.getLong("overturned"), Metrics.value("newsroom_moderation_accuracy_overturned",
                Map.of("rule", "link-limit", "verdict", "pending", "shadow", "false", "window", "7d")), 0.0);
        assertTrue(Metrics.value("newsroom_moderation_accuracy_overturn_rate",
                Map.of("rule", "akismet", "verdict", "spam", "shadow", "false", "window", "30d")) > 0);
    }
}
