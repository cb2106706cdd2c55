package io.newsroom.moderation.retention;

import io.newsroom.moderation.support.Broker;
import io.newsroom.moderation.support.Comments;
import io.newsroom.moderation.support.Simulator;
import io.newsroom.moderation.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Spam is purged after 15 days in the spam queue — counted from when it last entered it, where a moderator could
 * review it — never while Akismet feedback about it is unsent; each run leaves a record.
 */
@QuarkusTest
class SpamPurgeTest {
    static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    SpamPurge purge;
    @Inject
    EntityManager em;

    @BeforeEach
    void normal() {
        Broker.listen();
        Simulator.mode("normal");
    }

    @AfterEach
    void backToNormal() {
        Simulator.mode("normal");
    }

    static String spam(String author) {
        String id = Comments.send(Comments.event(author, "Cheap pills for " + author)
                .put("authorEmail", "akismet-guaranteed-spam@example.com"));
        await().atMost(WAIT).until(() -> "SPAM".equals(Comments.status(id)));
        return id;
    }

    static long purgedSoFar() {
        return given().auth().oauth2(Tokens.carol()).get("/moderation/stats").then().extract().jsonPath().getLong("purged.spam");
    }

    static JsonObject lastPurge() {
        return new JsonObject(given().auth().oauth2(Tokens.carol()).get("/moderation/stats").asString())
                .getJsonObject("lastPurge");
    }

    static void carol(String id, String action) {
        given().auth().oauth2(Tokens.carol()).post("/moderation/comments/" + id + "/" + action).then().statusCode(200);
    }

    /** Moves a comment's past back in time: when it arrived and was first decided, and when it last became spam. */
    void backdate(String id, Duration arrived, Duration inSpamQueue) {
        QuarkusTransaction.requiringNew().run(() -> {
            Instant now = Instant.now();
            em.createNativeQuery("update moderated_comment set received_at = ?1, submitted_at = ?1, decided_at = ?2, "
                            + "spam_since = ?2 where id = ?3")
                    .setParameter(1, now.minus(arrived)).setParameter(2, now.minus(inSpamQueue))
                    .setParameter(3, UUID.fromString(id)).executeUpdate();
            em.createNativeQuery("update moderation_history set at = ?1 where comment_id = ?2 and actor = 'akismet' "
                            + "and event = 'AKISMET_SPAM'")
                    .setParameter(1, now.minus(arrived)).setParameter(2, UUID.fromString(id)).executeUpdate();
        });
    }

    boolean feedbackAcknowledged(String id, int count) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from akismet_feedback where comment_id = ?1 and acknowledged_at is not null")
                .setParameter(1, UUID.fromString(id)).getSingleResult()).intValue() == count);
    }

    @Test
    void spamLongerThanThePeriodInTheQueueIsPurgedAndEveryRunIsRecorded() {
        String spam = spam("Old Spam");
        String ham = Comments.send(Comments.event("Old Ham", "old ham"));
        await().atMost(WAIT).until(() -> "APPROVED".equals(Comments.status(ham)));

        long before = purgedSoFar();
        assertEquals(0, purge.purge(Instant.now()), "fresh spam is kept");
        JsonObject nothing = lastPurge();
        assertEquals(0, nothing.getInteger("purged"), "a run that purged nothing is recorded too");

        backdate(spam, Duration.ofDays(17), Duration.ofDays(16));
        SpamPurge.Run run = purge.run(Instant.now());
        assertTrue(run.purged() >= 1);
        assertNull(Comments.detail(spam), "purged");
        assertEquals("APPROVED", Comments.status(ham), "only spam is purged");
        assertEquals(before + run.purged(), purgedSoFar());
        JsonObject record = lastPurge();
        assertEquals(run.purged(), record.getInteger("purged"));
        assertNotNull(record.getString("oldest"));
        assertNotNull(record.getString("newest"));
        assertTrue(!Instant.parse(record.getString("newest")).isAfter(Instant.parse(record.getString("olderThan"))),
                "nothing purged entered the spam queue after the cut-off");
    }

    /** Must-show 2: decided spam 20 days ago, back in the spam queue for 2 days only: a moderator has not had 15. */
    @Test
    void spamDecidedTwentyDaysAgoButBackInTheQueueForTwoIsKept() {
        String id = spam("Returned Rita");
        // carol took it out of the spam queue, then put it back (each teaching Akismet)
        carol(id, "restore");
        carol(id, "spam");
        await().atMost(WAIT).until(() -> feedbackAcknowledged(id, 2));
        backdate(id, Duration.ofDays(20), Duration.ofDays(2));

        purge.run(Instant.now());
        assertEquals("SPAM", Comments.status(id), "in the spam queue for 2 days of 15");
        purge.run(Instant.now().plus(Duration.ofDays(12)));
        assertEquals("SPAM", Comments.status(id), "14 days");
        purge.run(Instant.now().plus(Duration.ofDays(14)));
        assertNull(Comments.detail(id), "16 days in the spam queue: purged");
    }

    /** Must-show 2: feedback to Akismet still unsent keeps the comment (and the feedback), however old. */
    @Test
    void spamWithUnsentFeedbackIsKeptUntilAkismetAcknowledges() {
        String id = Comments.send(Comments.event("Missed Mo", "Cheap watches, Akismet let me through"));
        await().atMost(WAIT).until(() -> "APPROVED".equals(Comments.status(id)));
        Simulator.mode("error500");
        carol(id, "spam");
        backdate(id, Duration.ofDays(30), Duration.ofDays(20));

        SpamPurge.Run held = purge.run(Instant.now());
        assertEquals("SPAM", Comments.status(id), "submit-spam is still owed");
        assertTrue(held.keptForFeedback() >= 1);
        assertTrue(lastPurge().getInteger("keptForFeedback") >= 1);

        Simulator.mode("normal");
        await().atMost(WAIT).until(() -> feedbackAcknowledged(id, 1));
        purge.run(Instant.now());
        assertNull(Comments.detail(id), "acknowledged: purged");
    }
}
