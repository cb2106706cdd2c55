package io.newsroom.moderation.retention;

import io.newsroom.moderation.support.Broker;
import io.newsroom.moderation.support.Comments;
import io.newsroom.moderation.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spam older than the configured age (15 days) is purged; younger spam and other comments stay; the purge is counted. */
@QuarkusTest
class SpamPurgeTest {

    @Inject
    SpamPurge purge;

    @Test
    void spamOlderThanTheConfiguredAgeIsPurgedAndRecorded() {
        Broker.listen();
        String spam = Comments.send(Comments.event("Old Spam", "old spam").put("authorEmail", "akismet-guaranteed-spam@example.com"));
        String ham = Comments.send(Comments.event("Old Ham", "old ham"));
        await().atMost(Duration.ofSeconds(20)).until(() -> "SPAM".equals(Comments.status(spam)) && "APPROVED".equals(Comments.status(ham)));

        long before = given().auth().oauth2(Tokens.carol()).get("/moderation/stats").then().extract().jsonPath().getLong("purged.spam");
        assertEquals(0, purge.purge(Instant.now()), "fresh spam is kept");
        int purged = purge.purge(Instant.now().plus(Duration.ofDays(16)));
        assertTrue(purged >= 1);
        assertNull(Comments.detail(spam), "purged");
        assertEquals("APPROVED", Comments.status(ham), "only spam is purged");
        long after = given().auth().oauth2(Tokens.carol()).get("/moderation/stats").then().extract().jsonPath().getLong("purged.spam");
        assertEquals(before + purged, after);
    }
}
