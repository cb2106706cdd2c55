package io.newsroom.moderation.flow;

import io.newsroom.moderation.support.Broker;
import io.newsroom.moderation.support.Comments;
import io.newsroom.moderation.support.Simulator;
import io.newsroom.moderation.support.TestAkismet;
import io.newsroom.moderation.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** comment.submitted in, the pipeline with Akismet (the simulator over real HTTP), comment.moderated out. */
@QuarkusTest
class ModerationFlowTest {
    static final Duration WAIT = Duration.ofSeconds(20);

    @BeforeEach
    void normalAkismet() {
        Broker.listen();
        Simulator.mode("normal");
    }

    @AfterEach
    void backToNormal() {
        Simulator.mode("normal");
    }

    static String awaitStatus(String id, String status) {
        await().atMost(WAIT).until(() -> status.equals(Comments.status(id)));
        return status;
    }

    @Test
    void hamIsApprovedWithEveryAkismetFieldSentAndTheDecisionEmitted() {
        JsonObject event = Comments.event("Ham Reader", "A careful, well sourced piece. Thank you.")
                .put("parentId", UUID.randomUUID().toString()).put("commentType", "reply");
        String id = Comments.send(event);
        awaitStatus(id, "APPROVED");

        List<JsonObject> checks = Simulator.requests("/1.1/comment-check", "comment_author", "Ham Reader");
        assertEquals(1, checks.size());
        JsonObject check = checks.get(0);
        JsonObject f = check.getJsonObject("fields");
        assertEquals(TestAkismet.KEY, f.getString("api_key"));
        assertEquals("https://news.example.org", f.getString("blog"));
        assertEquals("203.0.113.7", f.getString("user_ip"));
        assertEquals("Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0", f.getString("user_agent"));
        assertEquals("https://news.example.org/", f.getString("referrer"));
        assertEquals("https://news.example.org/articles/council-budget", f.getString("permalink"));
        assertEquals("reply", f.getString("comment_type"));
        assertEquals("hamreader@reader.example", f.getString("comment_author_email"));
        assertEquals("https://reader.example/blog", f.getString("comment_author_url"));
        assertEquals("A careful, well sourced piece. Thank you.", f.getString("comment_content"));
        assertEquals(event.getString("submittedAt"), f.getString("comment_date_gmt"));
        assertEquals("2026-11-21T10:30:00Z", f.getString("comment_post_modified_gmt"));
        assertEquals("en", f.getString("blog_lang"));
        assertEquals("UTF-8", f.getString("blog_charset"));
        assertEquals("1", f.getString("is_test"));
        assertEquals("nr_hp_website", f.getString("honeypot_field_name"));
        assertEquals("", f.getString("nr_hp_website"));
        assertEquals(event.getString("parentId"), f.getString("comment_parent"));
        assertEquals(new JsonArray().add("politics").add("budget"), f.getJsonArray("comment_context[]"));
        assertFalse(f.containsKey("user_role"), "a guest has no role");
        assertFalse(f.containsKey("recheck_reason"), "a first check is not a re-check");
        JsonObject headers = check.getJsonObject("headers");
        assertEquals("Newsroom/1.0.0 | NewsroomAkismet/1.0.0", headers.getString("user-agent"));
        assertTrue(headers.getString("content-type").startsWith("application/x-www-form-urlencoded"),
                headers.getString("content-type"));

        await().atMost(WAIT).until(() -> !Broker.moderated(id).isEmpty());
        JsonObject emitted = Broker.moderated(id).get(0);
        assertEquals(id, emitted.getString("commentId"));
        assertEquals(event.getString("articleId"), emitted.getString("articleId"));
        assertEquals("APPROVED", emitted.getString("status"));
        assertEquals("AKISMET", emitted.getString("decidedBy"));
        assertNull(emitted.getValue("actor"));
        assertEquals("akismet:ham", emitted.getString("reason"));
        assertEquals(1, emitted.getInteger("decisionSeq"));
        assertNotNull(emitted.getString("decidedAt"));

        JsonObject detail = Comments.detail(id);
        JsonObject last = lastHistory(detail);
        assertEquals("Akismet cleared this comment", last.getString("message"));
        assertEquals("HAM", last.getString("akismetVerdict"));
        assertNotNull(last.getString("akismetGuid"));
    }

    @Test
    void spamGoesToTheQueueAndCarolApprovingItSendsSubmitHamWithTheSameFieldsAndReporter() {
        String id = Comments.send(Comments.event("Spammy Sam", "Great post, visit my shop")
                .put("authorEmail", "akismet-guaranteed-spam@example.com"));
        awaitStatus(id, "SPAM");
        JsonObject spamDetail = Comments.detail(id);
        assertEquals("Akismet caught this comment as spam", lastHistory(spamDetail).getString("message"));
        assertEquals("SPAM", spamDetail.getJsonObject("akismet").getString("verdict"));

        given().auth().oauth2(Tokens.carol()).post("/moderation/comments/" + id + "/approve")
                .then().statusCode(200);
        assertEquals("APPROVED", Comments.status(id));

        await().atMost(WAIT).until(() -> Simulator.requests("/1.1/submit-ham", "comment_author", "Spammy Sam").size() == 1);
        JsonObject ham = Simulator.requests("/1.1/submit-ham", "comment_author", "Spammy Sam").get(0);
        JsonObject check = Simulator.requests("/1.1/comment-check", "comment_author", "Spammy Sam").get(0);
        assertEquals("carol", ham.getJsonObject("fields").getString("reporter"));
        assertEquals("Newsroom/1.0.0 | NewsroomAkismet/1.0.0", ham.getJsonObject("headers").getString("user-agent"));
        // exactly what comment-check got, plus reporter
        JsonObject expected = check.getJsonObject("fields").copy().put("reporter", "carol");
        assertEquals(expected, ham.getJsonObject("fields"));

        await().atMost(WAIT).until(() -> Broker.moderated(id).size() == 2);
        JsonObject approved = Broker.moderated(id).get(1);
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals("MODERATOR", approved.getString("decidedBy"));
        assertEquals("carol", approved.getString("actor"));
        assertEquals(2, approved.getInteger("decisionSeq"));

        await().atMost(WAIT).until(() -> messages(Comments.detail(id)).contains("Akismet acknowledged carol's report (not spam)"));
        List<String> messages = messages(Comments.detail(id));
        assertTrue(messages.contains("carol approved this comment (not spam)"), messages.toString());
        assertTrue(messages.contains("reported to Akismet as not spam by carol"), messages.toString());
    }

    @Test
    void markingSpamThatAkismetPassedSendsSubmitSpam() {
        String id = Comments.send(Comments.event("Sneaky Sue", "Nice. Also: cheap watches"));
        awaitStatus(id, "APPROVED");
        given().auth().oauth2(Tokens.carol()).post("/moderation/comments/" + id + "/spam").then().statusCode(200);
        await().atMost(WAIT).until(() -> Simulator.requests("/1.1/submit-spam", "comment_author", "Sneaky Sue").size() == 1);
        assertEquals("carol", Simulator.requests("/1.1/submit-spam", "comment_author", "Sneaky Sue").get(0)
                .getJsonObject("fields").getString("reporter"));
    }

    @Test
    void aRedeliveredEventChangesNothingAndSaysNothing() {
        JsonObject event = Comments.event("Twice Tom", "Said once, delivered twice");
        String id = Comments.send(event);
        awaitStatus(id, "APPROVED");
        await().atMost(WAIT).until(() -> Broker.moderated(id).size() == 1);
        Comments.send(event.copy().put("content", "changed on the way"));
        // a later comment overtakes the duplicate in the same queue: once it is decided the duplicate was handled
        String marker = Comments.send(Comments.event("Marker Max", "after the duplicate"));
        awaitStatus(marker, "APPROVED");
        assertEquals(1, Simulator.requests("/1.1/comment-check", "comment_author", "Twice Tom").size());
        JsonObject detail = Comments.detail(id);
        assertEquals(1, detail.getInteger("decisionSeq"));
        assertEquals("Said once, delivered twice", detail.getString("content"));
        assertEquals(1, Broker.moderated(id).size());
    }

    @Test
    void aResentEventForADecidedCommentRepeatsTheDecisionUnchanged() {
        JsonObject event = Comments.event("Lost Lou", "My decision got lost on the way");
        String id = Comments.send(event);
        awaitStatus(id, "APPROVED");
        await().atMost(WAIT).until(() -> Broker.moderated(id).size() == 1);
        // comment-service re-sends only what has seen no decision: the first one never reached it
        Comments.send(event.copy().put("resent", true));
        await().atMost(WAIT).until(() -> Broker.moderated(id).size() == 2);
        List<JsonObject> said = Broker.moderated(id);
        assertEquals(said.get(0).getInteger("decisionSeq"), said.get(1).getInteger("decisionSeq"));
        assertEquals("APPROVED", said.get(1).getString("status"));
        assertEquals(1, Simulator.requests("/1.1/comment-check", "comment_author", "Lost Lou").size(), "not checked twice");
        assertEquals(1, Comments.detail(id).getInteger("decisionSeq"));
    }

    @Test
    void malformedEventsAreDeadLettered() {
        long before = Broker.deadLettered();
        Broker.publish("{not json");
        Broker.publish(new JsonObject().put("commentId", "not-a-uuid").encode());
        Broker.publish(new JsonObject().put("commentId", UUID.randomUUID().toString()).encode());
        await().atMost(WAIT).until(() -> Broker.deadLettered() == before + 3);
    }

    @Test
    void staffAreApprovedAndTheDisallowedListTrashesWithoutAskingAkismet() {
        String editor = Comments.send(Comments.event("Alice Editor", "Correction appended.")
                .put("authorSubject", "sub-alice").put("authorRoles", new JsonArray().add("editor")));
        String dave = Tokens.dave();
        Map<String, Object> settings = Map.of("disallowedKeys", List.of("xxforbiddenxx"), "moderationKeys", List.of(),
                "linkLimit", 2, "manualApproval", false, "previouslyApproved", "AUTO", "discardWorstSpam", true,
                "spamPurgeDays", 15);
        given().auth().oauth2(dave).contentType(ContentType.JSON).body(settings).put("/moderation/settings")
                .then().statusCode(200);
        String trashed = Comments.send(Comments.event("Troll Trev", "you xxFORBIDDENxx people"));
        awaitStatus(editor, "APPROVED");
        awaitStatus(trashed, "TRASH");
        assertEquals("rule:staff", Comments.detail(editor).getString("reason"));
        assertEquals("rule:disallowed", Comments.detail(trashed).getString("reason"));
        assertEquals(0, Simulator.requests("/1.1/comment-check", "comment_author", "Alice Editor").size());
        assertEquals(0, Simulator.requests("/1.1/comment-check", "comment_author", "Troll Trev").size());
    }

    @Test
    void theDiscardProTipDiscardsAGuestsCommentButOnlySpamsALoggedInReaders() {
        String guest = Comments.send(Comments.event("Bot Bob", "buy now akismet-discard-test"));
        String member = Comments.send(Comments.event("Member Mia", "buy now akismet-discard-test")
                .put("authorSubject", "sub-mia"));
        awaitStatus(guest, "DISCARDED");
        awaitStatus(member, "SPAM");
        assertEquals("discard", Comments.detail(guest).getJsonObject("akismet").getString("proTip"));
        assertEquals("subscriber", Simulator.requests("/1.1/comment-check", "comment_author", "Member Mia").get(0)
                .getJsonObject("fields").getString("user_role"));
    }

    @Test
    void threeLinksAreHeldAfterAkismetClearedThem() {
        String id = Comments.send(Comments.event("Linky Lou", "https://a.example https://b.example https://c.example"));
        awaitStatus(id, "PENDING");
        List<String> messages = messages(Comments.detail(id));
        assertEquals(List.of("Akismet cleared this comment", "held: 3 links"), messages);
    }

    /**
     * Must-show 3: Akismet failing (500s, timeouts, refused connections, garbage, 429) while comments arrive → all
     * held for a re-check, none approved, none lost; all decided once Akismet answers again.
     */
    @Test
    void whileAkismetFailsEveryCommentIsHeldAndAllAreDecidedOnceItAnswers() {
        Simulator.mode("error500");
        List<String> failing = sendMany("Outage500", 6);
        await().atMost(WAIT).until(() -> failing.stream().allMatch(ModerationFlowTest::heldForRecheck));
        Simulator.slow(4000);
        List<String> slow = sendMany("OutageSlow", 3);
        await().atMost(WAIT).until(() -> slow.stream().allMatch(ModerationFlowTest::heldForRecheck));
        Simulator.mode("refuse");
        List<String> refused = sendMany("OutageRefused", 3);
        await().atMost(WAIT).until(() -> refused.stream().allMatch(ModerationFlowTest::heldForRecheck));

        Simulator.mode("garbage");
        List<String> garbled = sendMany("OutageGarbage", 2);
        await().atMost(WAIT).until(() -> garbled.stream().allMatch(ModerationFlowTest::heldForRecheck));
        Simulator.mode("{\"mode\":\"throttle429\",\"retryAfterSeconds\":1}");
        List<String> throttled = sendMany("OutageThrottled", 2);
        await().atMost(WAIT).until(() -> throttled.stream().allMatch(ModerationFlowTest::heldForRecheck));

        List<String> all = new ArrayList<>(failing);
        all.addAll(slow);
        all.addAll(refused);
        all.addAll(garbled);
        all.addAll(throttled);
        for (String id : all) {
            JsonObject d = Comments.detail(id);
            assertEquals("PENDING", d.getString("status"), "none approved unchecked");
            assertTrue(messages(d).get(0).startsWith("Akismet was unable to check this comment"), messages(d).toString());
            assertTrue(Broker.moderated(id).stream().allMatch(m -> m.getString("status").equals("PENDING")));
        }

        Simulator.mode("normal");
        await().atMost(Duration.ofSeconds(40)).until(() -> all.stream().allMatch(id -> "APPROVED".equals(Comments.status(id))));
        for (String id : all) {
            String author = Comments.detail(id).getString("authorName");
            List<JsonObject> retries = Simulator.requests("/1.1/comment-check", "comment_author", author).stream()
                    .filter(r -> "retry".equals(r.getJsonObject("fields").getString("recheck_reason"))).toList();
            assertFalse(retries.isEmpty(), author + " was re-checked with recheck_reason=retry");
            await().atMost(WAIT).until(() -> Broker.moderated(id).size() >= 2);
            List<JsonObject> events = Broker.moderated(id);
            assertEquals("PENDING", events.get(0).getString("status"));
            assertEquals("APPROVED", events.get(events.size() - 1).getString("status"));
        }
    }

    /** A 429 throttles the key, not one comment: nothing reaches Akismet until its Retry-After (an HTTP date here). */
    @Test
    void a429PausesEveryCallToAkismetUntilItsRetryAfter() {
        Simulator.mode("{\"mode\":\"throttle429\",\"retryAfterSeconds\":4,\"retryAfterForm\":\"date\"}");
        String first = Comments.send(Comments.event("Paused Pia", "Checked into a 429"));
        await().atMost(WAIT).until(() -> heldForRecheck(first));
        Instant throttledAt = firstCheck("Paused Pia");
        Simulator.mode("normal");
        String second = Comments.send(Comments.event("Paused Paul", "Sent while Akismet asked us to wait"));

        await().atMost(Duration.ofSeconds(40)).until(() -> "APPROVED".equals(Comments.status(first))
                && "APPROVED".equals(Comments.status(second)));
        Instant pauseOver = throttledAt.plusSeconds(4);
        assertFalse(firstCheck("Paused Paul").isBefore(pauseOver), "another comment waited out the pause too");
        List<JsonObject> piaChecks = Simulator.requests("/1.1/comment-check", "comment_author", "Paused Pia");
        assertEquals(2, piaChecks.size(), "one 429, one retry");
        assertFalse(Instant.parse(piaChecks.get(1).getString("at")).isBefore(pauseOver));
        assertEquals("retry", piaChecks.get(1).getJsonObject("fields").getString("recheck_reason"));
    }

    static Instant firstCheck(String author) {
        return Instant.parse(Simulator.requests("/1.1/comment-check", "comment_author", author).get(0).getString("at"));
    }

    @Test
    void checkForSpamRechecksThePendingQueueWithRecheckQueue() {
        String id = Comments.send(Comments.event("Held Hal", "https://a.example https://b.example https://c.example"));
        awaitStatus(id, "PENDING");
        given().auth().oauth2(Tokens.carol()).post("/moderation/recheck").then().statusCode(200);
        await().atMost(WAIT).until(() -> Simulator.requests("/1.1/comment-check", "comment_author", "Held Hal").stream()
                .anyMatch(r -> "recheck_queue".equals(r.getJsonObject("fields").getString("recheck_reason"))));
        await().atMost(WAIT).until(() -> !Comments.detail(id).getJsonObject("akismet").getBoolean("awaitingRecheck"));
        assertEquals("PENDING", Comments.status(id), "a re-check never approves what a rule held");
    }

    static boolean heldForRecheck(String id) {
        JsonObject d = Comments.detail(id);
        return d != null && d.getInteger("decisionSeq") > 0 && "PENDING".equals(d.getString("status"))
                && d.getJsonObject("akismet").getBoolean("awaitingRecheck")
                && d.getString("reason").startsWith("akismet:");
    }

    static List<String> sendMany(String prefix, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(Comments.send(Comments.event(prefix + " " + i, "Comment number " + i + " during an outage")));
        }
        return ids;
    }

    static JsonObject lastHistory(JsonObject detail) {
        JsonArray history = detail.getJsonArray("history");
        return history.getJsonObject(history.size() - 1);
    }

    static List<String> messages(JsonObject detail) {
        return detail.getJsonArray("history").stream().map(o -> ((JsonObject) o).getString("message")).toList();
    }
}
