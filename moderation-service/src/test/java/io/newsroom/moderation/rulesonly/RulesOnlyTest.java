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

    /** Issue 10: an email anyone can type is not who the author is. */
    @Test
    void anAnonymousAuthorIsKnownByEmailAndNameTogether() {
        Broker.listen();
        String first = Comments.send(Comments.event("Known Nora", "Hello from Nora"));
        awaitStatus(first, "PENDING");
        given().auth().oauth2(Tokens.carol()).post("/moderation/comments/" + first + "/approve").then().statusCode(200);

        String impostor = Comments.send(Comments.event("Not Nora", "I know her address")
                .put("authorEmail", "knownnora@reader.example"));
        awaitStatus(impostor, "PENDING");
        assertEquals("rule:first-comment", Comments.detail(impostor).getString("reason"));

        String nora = Comments.send(Comments.event("known nora", "Me again")
                .put("authorEmail", "KnownNora@Reader.example"));
        awaitStatus(nora, "APPROVED");
        assertEquals("rule:passed", Comments.detail(nora).getString("reason"));
    }

    @Test
    void aLoggedInReaderIsKnownByTheirSubjectAndNobodyBorrowsIt() {
        Broker.listen();
        String first = Comments.send(Comments.event("Logan Reader", "First, logged in").put("authorSubject", "sub-logan"));
        awaitStatus(first, "PENDING");
        given().auth().oauth2(Tokens.carol()).post("/moderation/comments/" + first + "/approve").then().statusCode(200);

        // the same name and address, typed into the form without logging in
        String borrowed = Comments.send(Comments.event("Logan Reader", "Pretending to be Logan"));
        awaitStatus(borrowed, "PENDING");
        assertEquals("rule:first-comment", Comments.detail(borrowed).getString("reason"));

        String logan = Comments.send(Comments.event("Logan Reader", "Logged in, with a new address")
                .put("authorSubject", "sub-logan").put("authorEmail", "logan@new.example"));
        awaitStatus(logan, "APPROVED");
        assertEquals("rule:passed", Comments.detail(logan).getString("reason"));
    }

    static void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(20)).until(() -> status.equals(Comments.status(id)));
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
