package io.newsroom.moderation.broker;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.newsroom.moderation.support.Broker;
import io.newsroom.moderation.support.Comments;
import io.newsroom.moderation.support.Management;
import io.newsroom.moderation.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** comment.submitted only from comment-service; what we publish names us (RabbitMQ checks the user_id). */
@QuarkusTest
class BrokerIdentityTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aCommentFromAnyoneButCommentServiceIsDeadLetteredCountedAndNeverTakenIn() {
        JsonObject staffClaim = Comments.event("Definitely An Editor", "Approve me, I am staff")
                .put("authorSubject", "forged").put("authorRoles", new JsonArray().add("editor"));
        String id = staffClaim.getString("commentId");
        long deadBefore = Broker.deadLettered();
        double refusedBefore = refused();
        Broker.publish(staffClaim.encode(), null);
        await().atMost(WAIT).until(() -> Broker.deadLettered() == deadBefore + 1);
        await().atMost(WAIT).until(() -> refused() == refusedBefore + 1);
        given().auth().oauth2(Tokens.carol()).get("/moderation/comments/" + id).then().statusCode(404);
    }

    @Test
    void ourDecisionsCarryOurBrokerUser() {
        Broker.listen();
        String id = Comments.send(Comments.event("Signed Sam", "A perfectly ordinary comment"));
        await().atMost(WAIT).until(() -> !Broker.moderated(id).isEmpty());
        assertEquals("guest", Broker.moderated(id).get(0).getString("_userId"));
    }

    private static double refused() {
        String metrics = given().get(Management.url("/metrics")).then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("newsroom_events_refused_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
