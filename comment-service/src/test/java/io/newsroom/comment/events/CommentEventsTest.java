package io.newsroom.comment.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.newsroom.comment.store.Comment;
import io.newsroom.comment.support.Db;
import io.newsroom.comment.support.RabbitNames;
import io.newsroom.comment.support.Replies;
import io.newsroom.comment.support.Stories;
import io.newsroom.comment.support.TestQueue;
import io.newsroom.comment.support.Tokens;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;

/** The broker path on the real RabbitMQ: what leaves, what comes back, and that nothing is applied twice. */
@QuarkusTest
class CommentEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void submittedEventReallyLeavesWithEverythingModerationNeeds() throws Exception {
        try (TestQueue queue = TestQueue.boundTo(RabbitNames.SUBMITTED_EXCHANGE, "comment.submitted")) {
            Map<String, Object> form = Replies.form("Is this spam? Ask Akismet.");
            form.put("website_confirm", "filled by a bot");
            form.put("url", "https://erin.example.net/");
            String ip = Replies.randomIp();
            UUID id = UUID.fromString(given().auth().oauth2(Tokens.of(Tokens.CAROL)).contentType(ContentType.JSON)
                    .header("X-Forwarded-For", ip).header("User-Agent", "Mozilla/5.0 (events)")
                    .header("Referer", "https://news.example.org/articles/x")
                    .body(form).post("/articles/{id}/comments", Stories.EVENTS)
                    .then().statusCode(202).extract().path("id"));

            await().atMost(WAIT).until(() -> !queue.about(id.toString()).isEmpty());
            JsonObject event = queue.about(id.toString()).get(0);
            assertEquals(Stories.EVENTS.toString(), event.getString("articleId"));
            assertTrue(event.containsKey("parentId") && event.getValue("parentId") == null);
            assertEquals("https://news.example.org/articles/story-" + Stories.EVENTS, event.getString("permalink"));
            assertEquals("2026-11-25T09:00:00Z", event.getString("articlePublishedAt"));
            assertEquals("2026-11-25T09:30:00Z", event.getString("articleModifiedAt"));
            assertEquals(List.of("politics", "local"), event.getJsonArray("articleTags").getList());
            assertEquals("Carol Moderator", event.getString("authorName"));
            assertEquals("carol@newsroom.test", event.getString("authorEmail"));
            assertEquals("https://erin.example.net/", event.getString("authorUrl"));
            assertEquals("Is this spam? Ask Akismet.", event.getString("content"));
            assertEquals(ip, event.getString("userIp"));
            assertEquals("Mozilla/5.0 (events)", event.getString("userAgent"));
            assertEquals("https://news.example.org/articles/x", event.getString("referrer"));
            assertEquals("comment", event.getString("commentType"));
            assertEquals(Tokens.CAROL.subject(), event.getString("authorSubject"));
            assertEquals(List.of("moderator"), event.getJsonArray("authorRoles").getList());
            assertEquals("website_confirm", event.getString("honeypotFieldName"));
            assertEquals("filled by a bot", event.getString("honeypotValue"));
            assertNotNull(Instant.parse(event.getString("submittedAt")));
            assertFalse(event.getBoolean("resent"));
            assertEquals(2, event.getInteger("_deliveryMode"), "persistent delivery");
            assertEquals("application/json", event.getString("_contentType"));
            assertEquals("guest", event.getString("_userId"), "signed with our broker user, which RabbitMQ checks");
            // Confirmed by the broker, so the outbox row (and its copy of the email) is gone.
            await().atMost(WAIT).until(() -> outboxRows(id) == 0);
        }
    }

    /** Akismet wants honeypot_field_name and the field itself whenever the form has one, filled or not. */
    @Test
    void anEmptyHoneypotTravelsAsTheFieldNameWithAnEmptyValue() throws Exception {
        try (TestQueue queue = TestQueue.boundTo(RabbitNames.SUBMITTED_EXCHANGE, "comment.submitted")) {
            Map<String, Object> left = Replies.form("Nobody filled the hidden field.");
            left.put("website_confirm", "");
            UUID empty = Replies.leave(Stories.EVENTS, left);
            UUID absent = Replies.leave(Stories.EVENTS, Replies.form("A client that never sent the hidden field."));
            for (UUID id : List.of(empty, absent)) {
                await().atMost(WAIT).until(() -> !queue.about(id.toString()).isEmpty());
                JsonObject event = queue.about(id.toString()).get(0);
                assertEquals("website_confirm", event.getString("honeypotFieldName"));
                assertEquals("", event.getString("honeypotValue"));
            }
        }
    }

    @Test
    void moderatedDecisionIsAppliedOnceAndAnnouncedAsStatusChanged() throws Exception {
        try (TestQueue statusChanged = TestQueue.boundTo(RabbitNames.STATUS_EXCHANGE, "comment.status-changed")) {
            UUID id = Replies.leave(Stories.EVENTS, Replies.form("Approve me, twice"));
            String approve = decision(id, "APPROVED", 1);
            TestQueue.publish(RabbitNames.MODERATED_EXCHANGE, "comment.moderated", approve);
            await().atMost(WAIT).until(() -> Db.comment(id).status.name().equals("APPROVED"));
            await().atMost(WAIT).until(() -> statusChanged.about(id.toString()).size() == 1);
            JsonObject changed = statusChanged.about(id.toString()).get(0);
            assertEquals(Stories.EVENTS.toString(), changed.getString("articleId"));
            assertEquals("PENDING", changed.getString("oldStatus"));
            assertEquals("APPROVED", changed.getString("newStatus"));
            assertEquals(2, changed.getInteger("statusSeq"));
            assertNotNull(changed.getString("changedAt"));

            // The same decision again (a redelivery), then a newer one as a marker: the queue is
            // consumed in order, so once the marker is applied the duplicate has been seen.
            TestQueue.publish(RabbitNames.MODERATED_EXCHANGE, "comment.moderated", approve);
            TestQueue.publish(RabbitNames.MODERATED_EXCHANGE, "comment.moderated", decision(id, "TRASH", 2));
            await().atMost(WAIT).until(() -> Db.comment(id).status.name().equals("TRASH"));
            await().atMost(WAIT).until(() -> statusChanged.about(id.toString()).size() >= 2);
            List<JsonObject> all = statusChanged.about(id.toString());
            assertEquals(2, all.size(), "the duplicate announced nothing: " + all);
            assertEquals("TRASH", all.get(1).getString("newStatus"));
            assertEquals(3, all.get(1).getInteger("statusSeq"));
        }
    }

    @Test
    void anOlderDecisionAfterANewerOneChangesNothing() throws Exception {
        UUID id = Replies.leave(Stories.EVENTS, Replies.form("Decided out of order"));
        TestQueue.publish(RabbitNames.MODERATED_EXCHANGE, "comment.moderated", decision(id, "APPROVED", 2));
        await().atMost(WAIT).until(() -> Db.comment(id).decisionSeq == 2);
        TestQueue.publish(RabbitNames.MODERATED_EXCHANGE, "comment.moderated", decision(id, "SPAM", 1));
        TestQueue.publish(RabbitNames.MODERATED_EXCHANGE, "comment.moderated", decision(id, "APPROVED", 3));
        await().atMost(WAIT).until(() -> Db.comment(id).decisionSeq == 3);
        Comment comment = Db.comment(id);
        assertEquals("APPROVED", comment.status.name());
        assertEquals(2, comment.statusSeq, "only PENDING -> APPROVED ever happened");
    }

    @Test
    void malformedDecisionsGoToTheDeadLetterQueue() throws Exception {
        long before = TestQueue.depth(RabbitNames.MODERATED_DLQ);
        TestQueue.publish(RabbitNames.MODERATED_EXCHANGE, "comment.moderated", "{not json");
        TestQueue.publish(RabbitNames.MODERATED_EXCHANGE, "comment.moderated",
                "{\"commentId\":\"" + UUID.randomUUID() + "\",\"status\":\"MAYBE\",\"decisionSeq\":1}");
        await().atMost(WAIT).until(() -> TestQueue.depth(RabbitNames.MODERATED_DLQ) >= before + 2);
    }

    @Test
    void undecidedPendingCommentsAreResentAndDecidedOnesAreNot() throws Exception {
        try (TestQueue queue = TestQueue.boundTo(RabbitNames.SUBMITTED_EXCHANGE, "comment.submitted")) {
            UUID undecided = Replies.leave(Stories.EVENTS, Replies.form("Nobody decided on me"));
            UUID held = Replies.leave(Stories.EVENTS, Replies.form("Held for a person"));
            await().atMost(WAIT).until(() -> outboxRows(undecided) == 0 && outboxRows(held) == 0);
            TestQueue.publish(RabbitNames.MODERATED_EXCHANGE, "comment.moderated", decision(held, "PENDING", 1));
            await().atMost(WAIT).until(() -> Db.comment(held).decisionSeq == 1);

            // resend-after is 3 s in tests: the undecided one goes out again, marked resent.
            await().atMost(WAIT).until(() -> queue.about(undecided.toString()).stream()
                    .anyMatch(m -> m.getBoolean("resent")));
            JsonObject resent = queue.about(undecided.toString()).stream().filter(m -> m.getBoolean("resent"))
                    .findFirst().orElseThrow();
            assertEquals("Nobody decided on me", resent.getString("content"));
            assertTrue(queue.about(held.toString()).stream().noneMatch(m -> m.getBoolean("resent")),
                    "a comment with a decision is never re-sent");
        }
    }

    @Test
    void aDecisionFromAnyoneButModerationIsDeadLetteredAndNotApplied() throws Exception {
        UUID id = Replies.leave(Stories.EVENTS, Replies.form("Forged approval target"));
        long before = TestQueue.depth(RabbitNames.MODERATED_DLQ);
        TestQueue.publish(RabbitNames.MODERATED_EXCHANGE, "comment.moderated", decision(id, "APPROVED", 1), null);
        await().atMost(WAIT).until(() -> TestQueue.depth(RabbitNames.MODERATED_DLQ) == before + 1);
        assertEquals("PENDING", Db.comment(id).status.name());
        assertEquals(0, Db.comment(id).decisionSeq);
        // moderation-service's own decision still applies.
        TestQueue.publish(RabbitNames.MODERATED_EXCHANGE, "comment.moderated", decision(id, "APPROVED", 1));
        await().atMost(WAIT).until(() -> "APPROVED".equals(Db.comment(id).status.name()));
    }

    @Test
    void anAbsurdDecisionSeqIsRefusedSoItCannotPinTheComment() throws Exception {
        UUID id = Replies.leave(Stories.EVENTS, Replies.form("Pin me if you can"));
        long before = TestQueue.depth(RabbitNames.MODERATED_DLQ);
        TestQueue.publish(RabbitNames.MODERATED_EXCHANGE, "comment.moderated", decision(id, "APPROVED", Integer.MAX_VALUE));
        await().atMost(WAIT).until(() -> TestQueue.depth(RabbitNames.MODERATED_DLQ) == before + 1);
        assertEquals(0, Db.comment(id).decisionSeq, "the absurd number was not applied");
        TestQueue.publish(RabbitNames.MODERATED_EXCHANGE, "comment.moderated", decision(id, "SPAM", 1));
        await().atMost(WAIT).until(() -> Db.comment(id).decisionSeq == 1);
        assertEquals("SPAM", Db.comment(id).status.name(), "the next real decision applies");
    }

    static String decision(UUID comment, String status, int seq) {
        return new JsonObject().put("commentId", comment.toString()).put("articleId", Stories.EVENTS.toString())
                .put("status", status).put("decidedBy", "MODERATOR").put("actor", "carol")
                .put("reason", "test").put("decisionSeq", seq).put("decidedAt", Instant.now().toString()).encode();
    }

    static long outboxRows(UUID comment) {
        return Db.tx(() -> Arc.container().instance(OutboxRepository.class).get().count("commentId", comment));
    }
}
