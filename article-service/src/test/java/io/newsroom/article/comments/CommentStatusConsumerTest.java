package io.newsroom.article.comments;

import static io.newsroom.article.support.Api.published;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;

import io.newsroom.article.support.RabbitTestNames;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** comment.status-changed over the real broker: the count follows approvals, once per change, whatever is redelivered. */
@QuarkusTest
class CommentStatusConsumerTest {

    @TestHTTPResource(value = "/metrics", management = true)
    URL metricsUrl;

    @Test
    void theCountFollowsApprovalsAndIgnoresRepeatsAndStaleEvents() throws Exception {
        String articleId = published("alice", "Counted comments");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        try (Connection connection = RabbitTestNames.connect(); Channel channel = connection.createChannel()) {
            publish(channel, event(articleId, first, "PENDING", "APPROVED", 2));
            publish(channel, event(articleId, first, "PENDING", "APPROVED", 2)); // redelivered
            publish(channel, event(articleId, second, "PENDING", "APPROVED", 2));
            awaitCount(articleId, 2);

            publish(channel, event(articleId, second, "APPROVED", "SPAM", 3));
            awaitCount(articleId, 1);
            publish(channel, event(articleId, second, "PENDING", "APPROVED", 2)); // late, older than what we know
            publish(channel, event(articleId, first, "APPROVED", "APPROVED", 2));
            // A marker event after the stale ones: once it counts, the stale ones have been handled.
            UUID marker = UUID.randomUUID();
            publish(channel, event(articleId, marker, "PENDING", "APPROVED", 2));
            awaitCount(articleId, 2);
        }
    }

    @Test
    void aMalformedEventIsDeadLetteredAndTheNextOneStillCounts() throws Exception {
        String articleId = published("alice", "Poisoned queue");
        try (Connection connection = RabbitTestNames.connect(); Channel channel = connection.createChannel()) {
            long deadBefore = channel.messageCount(RabbitTestNames.DLQ);
            publishRaw(channel, "{not json");
            publishRaw(channel, new JsonObject().put("articleId", articleId).encode());
            publish(channel, event(articleId, UUID.randomUUID(), "PENDING", "APPROVED", 2));
            awaitCount(articleId, 1);
            await().atMost(Duration.ofSeconds(10)).until(() -> channel.messageCount(RabbitTestNames.DLQ) == deadBefore + 2);
        }
    }

    @Test
    void anEventFromAnyoneButItsProducerIsDeadLetteredCountedAndNotApplied() throws Exception {
        String articleId = published("alice", "Forged counts");
        try (Connection connection = RabbitTestNames.connect(); Channel channel = connection.createChannel()) {
            long deadBefore = channel.messageCount(RabbitTestNames.DLQ);
            double refusedBefore = refused();
            // No user_id: RabbitMQ then vouches for nobody, so nobody is believed.
            AMQP.BasicProperties anonymous = new AMQP.BasicProperties.Builder().contentType("application/json").deliveryMode(2).build();
            channel.basicPublish(RabbitTestNames.EXCHANGE, "comment.status-changed", anonymous,
                    event(articleId, UUID.randomUUID(), "PENDING", "APPROVED", 2).encode().getBytes(StandardCharsets.UTF_8));
            await().atMost(Duration.ofSeconds(10)).until(() -> channel.messageCount(RabbitTestNames.DLQ) == deadBefore + 1);
            await().atMost(Duration.ofSeconds(10)).until(() -> refused() == refusedBefore + 1);
            publish(channel, event(articleId, UUID.randomUUID(), "PENDING", "APPROVED", 2));
            awaitCount(articleId, 1);
        }
    }

    private double refused() {
        String metrics = given().get(metricsUrl).then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("newsroom_events_refused_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static JsonObject event(String articleId, UUID commentId, String oldStatus, String newStatus, int seq) {
        return new JsonObject().put("articleId", articleId).put("commentId", commentId.toString())
                .put("oldStatus", oldStatus).put("newStatus", newStatus).put("statusSeq", seq)
                .put("changedAt", Instant.now().toString());
    }

    private static void publish(Channel channel, JsonObject event) throws Exception {
        publishRaw(channel, event.encode());
    }

    private static void publishRaw(Channel channel, String body) throws Exception {
        // As comment-service publishes: with the user_id of its connection (guest in the tests), which RabbitMQ checks.
        AMQP.BasicProperties props = new AMQP.BasicProperties.Builder()
                .contentType("application/json").deliveryMode(2).userId("guest").build();
        channel.basicPublish(RabbitTestNames.EXCHANGE, "comment.status-changed", props, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void awaitCount(String articleId, int expected) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertEquals(expected,
                (int) given().get("/articles/{id}", articleId).then().statusCode(200).extract().path("commentCount")));
    }
}
