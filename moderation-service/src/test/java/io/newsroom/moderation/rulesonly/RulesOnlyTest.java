package io.newsroom.moderation.rulesonly;

import io.newsroom.moderation.support.Management;
import io.newsroom.moderation.support.Broker;
import io.newsroom.moderation.support.Comments;
import io.newsroom.moderation.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Without a key the site's rules decide alone, and "previously approved author" is on by default. */
@QuarkusTest
@TestProfile(RulesOnlyProfile.class)
class RulesOnlyTest {

    @Test
    void aFirstTimerIsHeldAndOnceApprovedTheAuthorsNextCommentIsApproved() {
        Broker.listen();
        JsonObject first = Comments.event("Newcomer Nell", "My first comment here");
        String firstId = Comments.send(first);
        await().atMost(Duration.ofSeconds(20)).until(() -> "PENDING".equals(Comments.status(firstId)));
        assertEquals("rule:first-comment", Comments.detail(firstId).getString("reason"));
        assertEquals("held: the author has no previously approved comment",
                Comments.detail(firstId).getJsonArray("history").getJsonObject(0).getString("message"));

        given().auth().oauth2(Tokens.carol()).post("/moderation/comments/" + firstId + "/approve").then().statusCode(200);
        String secondId = Comments.send(Comments.event("Newcomer Nell", "And a second one"));
        await().atMost(Duration.ofSeconds(20)).until(() -> "APPROVED".equals(Comments.status(secondId)));
        assertEquals("rule:passed", Comments.detail(secondId).getString("reason"));
        await().atMost(Duration.ofSeconds(20)).until(() -> Broker.moderated(secondId).size() == 1);
        assertEquals("RULE", Broker.moderated(secondId).get(0).getString("decidedBy"));
    }

    @Test
    void healthAndStatsSayRulesOnly() {
        given().get(Management.url("/health/ready")).then().statusCode(200)
                .body("checks.find { it.name == 'akismet' }.data.mode", equalTo("rules-only"));
        given().auth().oauth2(Tokens.dave()).get("/moderation/settings").then().statusCode(200)
                .body("akismetEnabled", equalTo(false))
                .body("previouslyApprovedEffective", equalTo(true));
        given().auth().oauth2(Tokens.carol()).post("/moderation/recheck").then().statusCode(200)
                .body("queued", equalTo(0)).body("akismetEnabled", equalTo(false));
        given().auth().oauth2(Tokens.dave()).get("/moderation/akismet/usage").then().statusCode(404);
    }
}
