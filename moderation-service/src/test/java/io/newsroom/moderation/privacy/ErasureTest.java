package io.newsroom.moderation.privacy;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.newsroom.moderation.support.Broker;
import io.newsroom.moderation.support.Comments;
import io.newsroom.moderation.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** privacy.erasure-requested in: every copy of the person goes, the request is confirmed, and nothing in flight brings them back. */
@QuarkusTest
class ErasureTest {
    static final Duration WAIT = Duration.ofSeconds(20);
    static final ConcurrentLinkedQueue<JsonObject> DONE = new ConcurrentLinkedQueue<>();
    static Connection connection;

    @Inject
    EntityManager em;

    @BeforeAll
    static void listen() throws Exception {
        Broker.listen();
        connection = factory().newConnection();
        Channel ch = connection.createChannel();
        String exchange = config("newsroom.events.privacy-erasure-done.exchange");
        ch.exchangeDeclare(exchange, "topic", true);
        String q = ch.queueDeclare().getQueue();
        ch.queueBind(q, exchange, "#");
        ch.basicConsume(q, true, (tag, d) -> DONE.add(new JsonObject(new String(d.getBody(), StandardCharsets.UTF_8))
                .put("_userId", d.getProperties().getUserId())), tag -> { });
    }

    @AfterAll
    static void close() throws Exception {
        if (connection != null) {
            connection.close();
        }
    }

    static ConnectionFactory factory() {
        ConnectionFactory f = new ConnectionFactory();
        f.setHost("127.0.0.1");
        f.setUsername("guest");
        f.setPassword("guest");
        return f;
    }

    static String config(String key) {
        return ConfigProvider.getConfig().getValue(key, String.class);
    }

    static void requestErasure(JsonObject body, String userId) throws Exception {
        try (Connection c = factory().newConnection(); Channel ch = c.createChannel()) {
            ch.basicPublish(config("mp.messaging.incoming.privacy-erasure-requested.exchange.name"), "privacy.erasure-requested",
                    new AMQP.BasicProperties.Builder().contentType("application/json").deliveryMode(2).userId(userId).build(),
                    body.encode().getBytes(StandardCharsets.UTF_8));
        }
    }

    long rows(String table, String where, Object param) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from " + table + " where " + where).setParameter(1, param).getSingleResult()).longValue());
    }

    @Test
    void erasureByEmailRemovesEveryCopyAndIsConfirmed() throws Exception {
        String email = "erase-" + UUID.randomUUID() + "@reader.example";
        String first = Comments.send(Comments.event("Erika Erased", "My first words").put("authorEmail", email));
        String second = Comments.send(Comments.event("Erika Erased", "Cheap pills").put("authorEmail", email.toUpperCase()));
        String other = Comments.send(Comments.event("Otto Other", "I stay"));
        await().atMost(WAIT).until(() -> Comments.status(first) != null && Comments.status(second) != null
                && Comments.status(other) != null);

        // the admin export sees both, with their history and the as-submitted copy
        given().auth().oauth2(Tokens.dave()).contentType(ContentType.JSON).body(new JsonObject().put("email", email).encode())
                .post("/moderation/privacy/exports").then().statusCode(200)
                .body("count", equalTo(2)).body("comments.content", org.hamcrest.Matchers.hasItems("My first words", "Cheap pills"))
                .body("comments[0].history.size()", org.hamcrest.Matchers.greaterThan(0));

        UUID requestId = UUID.randomUUID();
        Instant at = Instant.now();
        requestErasure(new JsonObject().put("requestId", requestId.toString()).put("by", "email")
                .put("personHash", PersonHash.ofEmail(email)).put("requestedAt", at.toString()), "guest");

        await().atMost(WAIT).until(() -> DONE.stream().anyMatch(d -> requestId.toString().equals(d.getString("requestId"))));
        JsonObject done = DONE.stream().filter(d -> requestId.toString().equals(d.getString("requestId"))).findFirst().orElseThrow();
        assertEquals(2, done.getInteger("comments"));
        assertEquals("moderation-service", done.getString("service"));
        assertTrue(done.getInteger("historyLines") >= 2);
        assertEquals("guest", done.getString("_userId"), "the confirmation names its publisher");

        for (String id : List.of(first, second)) {
            assertEquals(0, rows("moderated_comment", "id = cast(?1 as uuid)", id));
            assertEquals(0, rows("moderation_history", "comment_id = cast(?1 as uuid)", id));
            assertEquals(0, rows("akismet_feedback", "comment_id = cast(?1 as uuid)", id));
        }
        assertEquals(1, rows("moderated_comment", "id = cast(?1 as uuid)", other), "others keep theirs");

        // a comment.submitted written before the erasure, still on its way, is not taken in ...
        String late = Comments.send(Comments.event("Erika Erased", "Late words").put("authorEmail", email)
                .put("submittedAt", at.minusSeconds(1).toString()));
        // ... while one written after it is a new comment, taken in as usual
        String fresh = Comments.send(Comments.event("Erika Erased", "Back again").put("authorEmail", email)
                .put("submittedAt", at.plusSeconds(1).toString()));
        await().atMost(WAIT).until(() -> Comments.status(fresh) != null);
        assertEquals(0, rows("moderated_comment", "id = cast(?1 as uuid)", late));
        assertEquals(0, rows("moderated_comment", "author_name = ?1 and content = 'Late words'", "Erika Erased"));

        // a redelivered request erases nothing more and is confirmed again
        requestErasure(new JsonObject().put("requestId", requestId.toString()).put("by", "email")
                .put("personHash", PersonHash.ofEmail(email)).put("requestedAt", at.toString()), "guest");
        await().atMost(WAIT).until(() -> DONE.stream().filter(d -> requestId.toString().equals(d.getString("requestId"))).count() == 2);
        assertEquals(1, rows("moderated_comment", "id = cast(?1 as uuid)", fresh));
    }

    @Test
    void erasureBySubjectAndOnlyFromCommentService() throws Exception {
        String subject = UUID.randomUUID().toString();
        String id = Comments.send(Comments.event("Sam Subject", "Logged in words").put("authorSubject", subject)
                .put("authorEmail", "sam-" + subject + "@reader.example"));
        await().atMost(WAIT).until(() -> Comments.status(id) != null);

        JsonObject request = new JsonObject().put("requestId", UUID.randomUUID().toString()).put("by", "subject")
                .put("personHash", PersonHash.ofSubject(subject)).put("requestedAt", Instant.now().toString());
        requestErasure(request, null); // names no publisher: refused, dead-lettered
        requestErasure(new JsonObject().put("requestId", "x"), "guest"); // malformed: dead-lettered
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> rows("moderated_comment", "id = cast(?1 as uuid)", id) == 1);

        requestErasure(request, "guest");
        await().atMost(WAIT).until(() -> rows("moderated_comment", "id = cast(?1 as uuid)", id) == 0);
    }

    @Test
    void exportRequestsAreChecked() {
        given().auth().oauth2(Tokens.dave()).contentType(ContentType.JSON).body("{}").post("/moderation/privacy/exports")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.dave()).contentType(ContentType.JSON).body("{\"email\":\"a@b.c\",\"subject\":\"s\"}")
                .post("/moderation/privacy/exports").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.erin()).contentType(ContentType.JSON).body("{\"email\":\"a@b.c\"}")
                .post("/moderation/privacy/exports").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.erin()).get("/moderation/privacy/me").then().statusCode(200).body("count", equalTo(0));
        given().get("/moderation/privacy/me").then().statusCode(401).contentType("application/problem+json");
    }
}
