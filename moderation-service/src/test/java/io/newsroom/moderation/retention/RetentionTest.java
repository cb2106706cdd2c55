package io.newsroom.moderation.retention;

import io.newsroom.moderation.support.Broker;
import io.newsroom.moderation.support.Comments;
import io.newsroom.moderation.support.TestClock;
import io.newsroom.moderation.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** moderation's retention with the clock moved forward: no IP, user agent or referrer older than the period. */
@QuarkusTest
class RetentionTest {
    static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    TestClock clock;
    @Inject
    AddressRetention retention;
    @Inject
    EntityManager em;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    Object column(String id, String column) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var rows = em.createNativeQuery("select cast(" + column + " as text) from moderated_comment where id = cast(?1 as uuid)")
                    .setParameter(1, id).getResultList();
            return rows.isEmpty() ? "GONE" : rows.get(0);
        });
    }

    long addressesOlderThan(Duration age) {
        Instant cutoff = clock.instant().minus(age);
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from moderated_comment "
                + "where received_at < ?1 and (user_ip is not null or user_agent is not null or referrer is not null)")
                .setParameter(1, cutoff).getSingleResult()).longValue());
    }

    @Test
    void addressesGoAfterThirtyDaysTrashAfterThirty() {
        Broker.listen();
        String kept = Comments.send(Comments.event("Ria Retained", "Kept a while"));
        String trashed = Comments.send(Comments.event("Tom Trashed", "Trash me"));
        await().atMost(WAIT).until(() -> Comments.status(kept) != null && Comments.status(trashed) != null);
        given().auth().oauth2(Tokens.carol()).post("/moderation/comments/" + trashed + "/trash").then().statusCode(200);

        clock.moveForward(Duration.ofDays(29));
        retention.run();
        assertNotNull(column(kept, "user_ip"), "29 days: still kept for spam fighting");
        assertNotNull(column(trashed, "id"));

        clock.moveForward(Duration.ofDays(2));
        retention.run();
        assertNull(column(kept, "user_ip"));
        assertNull(column(kept, "user_agent"));
        assertNull(column(kept, "referrer"));
        assertEquals("Kept a while", column(kept, "content"));
        assertEquals(0, addressesOlderThan(Duration.ofDays(30)), "none older than the period, whoever wrote it");
        assertEquals("GONE", column(trashed, "id"), "trash goes after 30 days");
    }
}
