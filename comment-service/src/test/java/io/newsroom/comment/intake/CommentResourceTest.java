package io.newsroom.comment.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.newsroom.comment.moderation.StatusApplier;
import io.newsroom.comment.store.Comment;
import io.newsroom.comment.support.Db;
import io.newsroom.comment.support.Replies;
import io.newsroom.comment.support.Stories;
import io.newsroom.comment.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
class CommentResourceTest {

    @Inject
    StatusApplier applier;
    @TestHTTPResource(value = "/health/ready", management = true) // under the management root, /q
    URL readiness;
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void anonymousReplyIsAcceptedAsPendingWithAPrivateStatusLink() {
        Map<String, Object> form = Replies.form("First! Great reporting.");
        String ip = Replies.randomIp();
        ExtractableResponse<Response> reply = Replies.post(Stories.OPEN, form, ip)
                .statusCode(202)
                .contentType(ContentType.JSON)
                .header("Location", containsString("/comments/"))
                .body("status", equalTo("PENDING"))
                .body("id", notNullValue())
                .body("statusUrl", containsString("token="))
                .extract();
        UUID id = UUID.fromString(reply.path("id"));
        assertEquals(reply.header("Location"), reply.path("statusUrl"));

        Comment stored = Db.comment(id);
        assertEquals("PENDING", stored.status.name());
        assertEquals(ip, stored.userIp);
        assertEquals("Mozilla/5.0 (test)", stored.userAgent);
        assertEquals("https://news.example.org/", stored.referrer);
        assertEquals("comment", stored.commentType);
        assertEquals("https://news.example.org/articles/story-" + Stories.OPEN, stored.permalink);
        assertEquals(1, stored.depth);
        String token = reply.<String>path("statusUrl").replaceAll(".*token=", "");
        assertNotEquals(token, stored.statusTokenHash, "only the token's hash is stored");

        given().get(reply.<String>path("statusUrl")).then().statusCode(200)
                .body("id", equalTo(id.toString())).body("status", equalTo("PENDING"));
        given().queryParam("token", "guess").get("/comments/{id}/status", id).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/comments/{id}/status", id).then().statusCode(404);
    }

    @Test
    void theStatusLinkShowsItsHolderWhatTheyWroteButNeverTheirEmailOrIp() {
        Map<String, Object> form = Replies.form("My own words, awaiting moderation.");
        String ip = Replies.randomIp();
        ExtractableResponse<Response> reply = Replies.post(Stories.OPEN, form, ip).statusCode(202).extract();
        String id = reply.path("id");

        String body = given().get(reply.<String>path("statusUrl")).then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body("id", equalTo(id))
                .body("articleId", equalTo(Stories.OPEN.toString()))
                .body("status", equalTo("PENDING"))
                .body("authorName", equalTo(form.get("author")))
                .body("content", equalTo("My own words, awaiting moderation."))
                .body("parentId", org.hamcrest.Matchers.nullValue())
                .body("createdAt", notNullValue())
                .extract().asString();
        assertTrue(!body.contains((String) form.get("email")) && !body.contains(ip), "no email or IP: " + body);
    }

    @Test
    void loggedInReaderNeedsNeitherNameNorEmail() {
        UUID id = UUID.fromString(given().auth().oauth2(Tokens.of(Tokens.ERIN)).contentType(ContentType.JSON)
                .header("X-Forwarded-For", Replies.randomIp())
                .body(Map.of("content", "Speaking as a reader: thanks."))
                .post("/articles/{id}/comments", Stories.OPEN)
                .then().statusCode(202).body("status", equalTo("PENDING")).extract().path("id"));
        Comment stored = Db.comment(id);
        assertEquals("Erin Reader", stored.authorName);
        assertEquals("erin@newsroom.test", stored.authorEmail);
        assertEquals(Tokens.ERIN.subject(), stored.authorSubject);
        assertNull(stored.authorRoles, "erin has no realm role");
    }

    @Test
    void loggedInStaffRolesAreRecorded() {
        Tokens.User staff = Tokens.user("Mo Derator", Replies.randomEmail(), List.of("moderator", "editor"));
        UUID id = UUID.fromString(given().auth().oauth2(Tokens.of(staff)).contentType(ContentType.JSON)
                .header("X-Forwarded-For", Replies.randomIp())
                .body(Map.of("content", "Moderator here, keep it civil."))
                .post("/articles/{id}/comments", Stories.OPEN)
                .then().statusCode(202).extract().path("id"));
        assertEquals("editor,moderator", Db.comment(id).authorRoles);
    }

    @Test
    void aBadTokenIsRefusedNotIgnored() {
        given().auth().oauth2("not.a.token").contentType(ContentType.JSON)
                .body(Replies.form("hello")).post("/articles/{id}/comments", Stories.OPEN)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void filledHoneypotIsAcceptedButFlagged() {
        Map<String, Object> form = Replies.form("Buy cheap watches");
        form.put("website_confirm", "http://spam.example");
        UUID id = Replies.leave(Stories.OPEN, form);
        Comment stored = Db.comment(id);
        assertEquals("website_confirm", stored.honeypotField);
        assertEquals("http://spam.example", stored.honeypotValue);
        assertEquals("PENDING", stored.status.name());

        Map<String, Object> human = Replies.form("An honest reply");
        human.put("website_confirm", "");
        assertNull(Db.comment(Replies.leave(Stories.OPEN, human)).honeypotValue);
    }

    @Test
    void missingEmail() {
        Map<String, Object> form = Replies.form("No email given");
        form.remove("email");
        assertRefused(form, 400).body("violations.field", hasItem("email"))
                .body("violations.find { it.field == 'email' }.message", equalTo("is required"));
    }

    @Test
    void missingName() {
        Map<String, Object> form = Replies.form("No name given");
        form.put("author", " ");
        assertRefused(form, 400).body("violations.field", hasItem("author"));
    }

    @Test
    void badEmail() {
        Map<String, Object> form = Replies.form("Bad email");
        form.put("email", "not-an-email");
        assertRefused(form, 400).body("violations.field", hasItem("email"))
                .body("violations.find { it.field == 'email' }.message", containsString("valid"));
    }

    @Test
    void javascriptUrl() {
        Map<String, Object> form = Replies.form("Click my name");
        form.put("url", "javascript:alert(document.cookie)");
        assertRefused(form, 400).body("violations.field", equalTo(List.of("url")));
    }

    @Test
    void tooLongContent() {
        assertRefused(Replies.form("x".repeat(70_000)), 400).body("violations.field", hasItem("content"));
    }

    @Test
    void blankContent() {
        assertRefused(Replies.form("   "), 400).body("violations.field", hasItem("content"));
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        Map<String, Object> form = Replies.form("");
        form.put("email", "nope");
        form.put("url", "ftp://files.example");
        form.put("author", "n".repeat(300));
        assertRefused(form, 400).body("violations", hasSize(4))
                .body("violations.field", equalTo(List.of("author", "content", "email", "url")));
    }

    @Test
    void malformedJson() {
        long before = Db.comments();
        given().contentType(ContentType.JSON).body("{\"author\": \"x\", ").post("/articles/{id}/comments", Stories.OPEN)
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("title", notNullValue()).body("detail", notNullValue());
        given().contentType(ContentType.JSON).body("[1,2]").post("/articles/{id}/comments", Stories.OPEN)
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).post("/articles/{id}/comments", Stories.OPEN)
                .then().statusCode(400).contentType("application/problem+json");
        assertEquals(before, Db.comments());
    }

    @Test
    void wrongTypeNamesTheField() {
        Map<String, Object> form = Replies.form("typed badly");
        form.put("parentId", 42);
        assertRefused(form, 400).body("violations.field", hasItem("parentId"));
    }

    @Test
    void unknownStory() {
        long before = Db.comments();
        Replies.post(Stories.UNKNOWN, Replies.form("Hello?")).statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        assertEquals(before, Db.comments());
    }

    @Test
    void closedComments() {
        long before = Db.comments();
        Replies.post(Stories.CLOSED, Replies.form("Too late")).statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("closed"));
        assertEquals(before, Db.comments());
    }

    @Test
    void articleServiceFailingSlowOrUnreachableIs503WithRetryAfter() {
        for (UUID story : List.of(Stories.FAILING, Stories.SLOW, Stories.UNREACHABLE)) {
            long before = Db.comments();
            Replies.post(story, Replies.form("Is anyone there?")).statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("status", equalTo(503));
            assertEquals(before, Db.comments(), "nothing stored for " + story);
        }
    }

    @Test
    void replyToAnApprovedCommentIsAReplyOneLevelDeeper() {
        UUID parent = Replies.leave(Stories.OPEN, Replies.form("Parent"));
        Replies.decide(applier, Stories.OPEN, parent, "APPROVED", 1);
        Map<String, Object> form = Replies.form("Child");
        form.put("parentId", parent.toString());
        Comment child = Db.comment(Replies.leave(Stories.OPEN, form));
        assertEquals("reply", child.commentType);
        assertEquals(2, child.depth);
        assertEquals(parent, child.rootId);
    }

    @Test
    void parentOnAnotherStory() {
        UUID parent = Replies.leave(Stories.OTHER, Replies.form("On the other story"));
        Replies.decide(applier, Stories.OTHER, parent, "APPROVED", 1);
        Map<String, Object> form = Replies.form("Wrong thread");
        form.put("parentId", parent.toString());
        assertRefused(form, 400).body("violations.field", hasItem("parentId"));
    }

    @Test
    void parentNotApproved() {
        UUID parent = Replies.leave(Stories.OPEN, Replies.form("Still pending"));
        Map<String, Object> form = Replies.form("Reply to pending");
        form.put("parentId", parent.toString());
        assertRefused(form, 400).body("violations.field", hasItem("parentId"));
    }

    @Test
    void depthSixIsRefused() {
        UUID parent = null;
        for (int depth = 1; depth <= 5; depth++) {
            Map<String, Object> form = Replies.form("Level " + depth);
            if (parent != null) {
                form.put("parentId", parent.toString());
            }
            parent = Replies.leave(Stories.OPEN, form);
            Replies.decide(applier, Stories.OPEN, parent, "APPROVED", 1);
            assertEquals(depth, Db.comment(parent).depth);
        }
        Map<String, Object> form = Replies.form("Level 6");
        form.put("parentId", parent.toString());
        assertRefused(form, 400).body("violations[0].field", equalTo("parentId"))
                .body("violations[0].message", containsString("5"));
    }

    @Test
    void floodFromTheSameIpOrEmailWithin15Seconds() {
        String ip = Replies.randomIp();
        Replies.post(Stories.OPEN, Replies.form("One"), ip).statusCode(202);
        long before = Db.comments();
        Replies.post(Stories.OPEN, Replies.form("Two"), ip).statusCode(429)
                .contentType("application/problem+json").header("Retry-After", notNullValue());
        assertEquals(before, Db.comments());

        Map<String, Object> first = Replies.form("Three");
        Replies.post(Stories.OPEN, first).statusCode(202);
        Map<String, Object> sameEmail = Replies.form("Four");
        sameEmail.put("email", first.get("email"));
        String retryAfter = Replies.post(Stories.OPEN, sameEmail).statusCode(429).extract().header("Retry-After");
        int seconds = Integer.parseInt(retryAfter);
        assertTrue(seconds >= 1 && seconds <= 15, "Retry-After " + seconds);
    }

    @Test
    void loggedInFloodIsKeyedOnSubjectNotOnTheSharedOfficeIp() {
        String office = Replies.randomIp();
        Tokens.User ann = Tokens.reader("Ann Office", Replies.randomEmail());
        Tokens.User ben = Tokens.reader("Ben Office", Replies.randomEmail());
        postAs(ann, "Ann's first", office).statusCode(202);
        postAs(ben, "Ben from the same office", office).statusCode(202);
        postAs(ann, "Ann again, other network", Replies.randomIp()).statusCode(429);
        // An anonymous reader in that office is not held back by the logged-in ones...
        Replies.post(Stories.OPEN, Replies.form("Anonymous in the office"), office).statusCode(202);
        // ...but a second anonymous reply from it is flood.
        Replies.post(Stories.OPEN, Replies.form("Anonymous again"), office).statusCode(429);
    }

    @Test
    void duplicate() {
        Map<String, Object> form = Replies.form("I said this once.");
        Replies.post(Stories.OPEN, form).statusCode(202);
        long before = Db.comments();
        Replies.post(Stories.OPEN, form).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already said"));
        assertEquals(before, Db.comments());
    }

    @Test
    void parallelDuplicatesFromManyAddressesAreStoredOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            Map<String, Object> form = Replies.form("Said twenty times at once " + UUID.randomUUID());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> posts = new ArrayList<>();
            for (int n = 0; n < 20; n++) {
                String ip = Replies.randomIp();
                posts.add(pool.submit(() -> {
                    start.await();
                    return Replies.post(Stories.RACE, form, ip).extract().statusCode();
                }));
            }
            start.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> post : posts) {
                statuses.merge(post.get(60, TimeUnit.SECONDS), 1, Integer::sum);
            }
            // The duplicate check comes before the flood check, under the same email's lock.
            assertEquals(Map.of(202, 1, 409, 19), statuses);
            assertEquals(1L, Db.commentsSaying((String) form.get("content")));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void parallelRepliesFromOneAddressPassAsOneEvenWithDifferentEmails() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try {
            for (int round = 0; round < 3; round++) {
                String ip = Replies.randomIp();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> posts = new ArrayList<>();
                for (int n = 0; n < 30; n++) {
                    Map<String, Object> form = Replies.form("Race " + round + "/" + n);
                    posts.add(pool.submit(() -> {
                        start.await();
                        return Replies.post(Stories.RACE, form, ip).extract().statusCode();
                    }));
                }
                start.countDown();
                Map<Integer, Integer> statuses = new TreeMap<>();
                for (Future<Integer> post : posts) {
                    statuses.merge(post.get(60, TimeUnit.SECONDS), 1, Integer::sum);
                }
                assertEquals(Map.of(202, 1, 429, 29), statuses, "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fiftyParallelRepliesOfOneLoggedInReaderFromFiftyAddressesPassAsOne() throws Exception {
        // A logged-in reader has one flood key (their subject), so one advisory lock: it alone must serialise them.
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            Tokens.User reader = Tokens.reader("Fay Fast", Replies.randomEmail());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> posts = new ArrayList<>();
            for (int n = 0; n < 50; n++) {
                String content = "Fay's reply " + n + " " + UUID.randomUUID();
                String ip = Replies.randomIp();
                posts.add(pool.submit(() -> {
                    start.await();
                    return postAs(reader, content, ip).extract().statusCode();
                }));
            }
            start.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> post : posts) {
                statuses.merge(post.get(60, TimeUnit.SECONDS), 1, Integer::sum);
            }
            assertEquals(Map.of(202, 1, 429, 49), statuses);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAnonymousReplyWithAReadersEmailDoesNotLockThatReaderOut() {
        Tokens.User reader = Tokens.reader("Rita Registered", Replies.randomEmail());
        Map<String, Object> impostor = Replies.form("Posing as Rita");
        impostor.put("email", reader.email());
        Replies.post(Stories.OPEN, impostor).statusCode(202);
        postAs(reader, "The real Rita", Replies.randomIp()).statusCode(202);
        // Nor does saying her words first under her address make hers a duplicate.
        Tokens.User another = Tokens.reader("Rob Registered", Replies.randomEmail());
        Map<String, Object> sameWords = Replies.form("Rob's favourite line");
        sameWords.put("email", another.email());
        Replies.post(Stories.OTHER, sameWords).statusCode(202);
        given().auth().oauth2(Tokens.of(another)).contentType(ContentType.JSON).header("X-Forwarded-For", Replies.randomIp())
                .body(Map.of("content", "Rob's favourite line")).post("/articles/{id}/comments", Stories.OTHER).then().statusCode(202);
    }

    @Test
    void onlyAccessTokensAreTaken() {
        Tokens.User reader = Tokens.reader("Ida Token", Replies.randomEmail());
        for (String type : List.of("ID", "Refresh")) {
            given().auth().oauth2(Tokens.of(reader, type)).contentType(ContentType.JSON).header("X-Forwarded-For", Replies.randomIp())
                    .body(Map.of("content", "With a " + type + " token")).post("/articles/{id}/comments", Stories.OPEN)
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedUnread() {
        long before = Db.comments();
        Replies.post(Stories.OPEN, Replies.form("x".repeat(300_000))).statusCode(413)
                .contentType("application/problem+json").body("status", equalTo(413));
        assertEquals(before, Db.comments());
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        Replies.leave(Stories.OPEN, Replies.form("Counted"));
        given().get(readiness).then().statusCode(200).body("status", equalTo("UP"));
        given().get(metrics).then().statusCode(200)
                .body(containsString("newsroom_comments_accepted_total"))
                .body(containsString("newsroom_outbox_pending"))
                .body(containsString("newsroom_events_refused_total"));
        given().get("/ready").then().statusCode(200).body("", equalTo(Map.of("status", "UP")));
        for (String path : List.of("/q/metrics", "/q/health", "/q/health/ready")) {
            given().get(path).then().statusCode(404);
        }
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/articles/{articleId}/comments"))
                .body(containsString("/privacy/erasures"));
    }

    @Test
    void unknownRouteIsAProblemToo() {
        given().get("/no/such/thing").then().statusCode(404).contentType("application/problem+json");
    }

    private io.restassured.response.ValidatableResponse postAs(Tokens.User user, String content, String ip) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).header("X-Forwarded-For", ip)
                .body(Map.of("content", content)).post("/articles/{id}/comments", Stories.OPEN).then();
    }

    private io.restassured.response.ValidatableResponse assertRefused(Map<String, Object> form, int status) {
        long before = Db.comments();
        io.restassured.response.ValidatableResponse response = Replies.post(Stories.OPEN, form).statusCode(status)
                .contentType("application/problem+json")
                .body("type", startsWith("https://")).body("status", equalTo(status));
        assertEquals(before, Db.comments(), "a refused reply stores nothing");
        return response;
    }
}
