package io.newsroom.system;

import static io.newsroom.system.Newsroom.anonymous;
import static io.newsroom.system.Newsroom.etag;
import static io.newsroom.system.Newsroom.factCheck;
import static io.newsroom.system.Newsroom.moderationStatus;
import static io.newsroom.system.Newsroom.publicThreads;
import static io.newsroom.system.Newsroom.publishedStory;
import static io.newsroom.system.Newsroom.reply;
import static io.newsroom.system.Newsroom.system;
import static io.newsroom.system.Newsroom.uniqueIp;
import static io.newsroom.system.Newsroom.within;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Issue 10, from outside: each test is one way around a promise the system makes, tried against the running
 * system (real Keycloak tokens, the real broker, the packaged services) the way a security engineer would try it.
 */
@Order(6)
class SecurityIT {

    private static final String HELD = "Three links hold this: https://example.org/a https://example.org/b https://example.org/c";

    // ---- 1. The fact-check is a real separation of duties -------------------------------------------------------

    @Test
    void anEditorWhoRewroteAStoryMayNotFactCheckItHimself() {
        NewsroomSystem system = system();
        String id = submittedStory("Ed rewrites, Ed checks");
        Http.Reply rewritten = edit(id, "ed", etag(id, "ed"), "Ed's words now.");
        assertEquals(200, rewritten.status(), rewritten.toString());
        assertEquals("IN_REVIEW", rewritten.json().getString("status"));

        Http.Reply verdict = factCheck(id, "ed", rewritten.header("ETag"));
        assertEquals(403, verdict.status(), "ed edited the story, so ed may not check it: " + verdict);
        assertProblem(verdict);
        assertTrue(verdict.json().getString("detail").contains("edited"), "the refusal says why: " + verdict);

        assertEquals("IN_REVIEW", Http.get(system.articles("/articles/" + id), Tokens.of("alice")).json().getString("status"));
        assertEquals(409, Http.post(system.articles("/articles/" + id + "/publish"), Tokens.of("alice"), null).status());
        assertEquals(404, Http.get(system.articles("/articles/" + id), null).status(), "nothing reached the public");
    }

    @Test
    void aVerdictNamesTheVersionItCheckedAndAStaleOneIsRefused() {
        NewsroomSystem system = system();
        String id = submittedStory("Edited between reading and verdict");
        String bobRead = etag(id, "bob");

        Http.Reply unversioned = factCheck(id, "bob", null);
        assertEquals(428, unversioned.status(), "a verdict must name the version it checked: " + unversioned);
        assertProblem(unversioned);

        assertEquals(200, edit(id, "alice", etag(id, "alice"), "Changed while Bob was reading.").status());
        Http.Reply stale = factCheck(id, "bob", bobRead);
        assertEquals(412, stale.status(), "the story changed since Bob read it: " + stale);
        assertProblem(stale);
        JsonObject staff = Http.get(system.articles("/articles/" + id), Tokens.of("alice")).json();
        assertEquals("IN_REVIEW", staff.getString("status"));
        assertEquals(0, staff.getJsonArray("factCheckHistory").size(), "a refused verdict leaves no record");

        String bobReadAgain = etag(id, "bob");
        assertEquals(200, factCheck(id, "bob", bobReadAgain).status());
        assertEquals(200, Http.post(system.articles("/articles/" + id + "/publish"), Tokens.of("alice"), null).status());
        JsonObject badge = Http.get(system.articles("/articles/" + id), null).json().getJsonObject("factCheck");
        assertEquals("Bob Brown", badge.getString("checkedBy"));
        assertNotNull(badge.getString("checkedAt"));
        assertEquals(Long.parseLong(bobReadAgain.replace("\"", "").split("-")[0]), badge.getLong("version"),
                "the public record says which version was checked: " + badge);
    }

    @Test
    void everyEditIsRecordedAndOnlyStaffReadTheHistory() {
        NewsroomSystem system = system();
        String id = submittedStory("A story with a history");
        assertEquals(200, edit(id, "ed", etag(id, "ed"), "Ed's edit.").status());

        Http.Reply history = Http.get(system.articles("/articles/" + id + "/revisions"), Tokens.of("bob"));
        assertEquals(200, history.status(), history.toString());
        JsonArray revisions = history.jsonArray();
        assertEquals(2, revisions.size(), history.toString());
        assertEquals("Alice Archer", revisions.getJsonObject(0).getString("editor"));
        assertEquals("Ed Ellis", revisions.getJsonObject(1).getString("editor"));
        for (Object revision : revisions) {
            assertNotNull(((JsonObject) revision).getString("at"));
            assertNotNull(((JsonObject) revision).getLong("version"));
        }
        assertEquals(401, Http.get(system.articles("/articles/" + id + "/revisions"), null).status());
        assertEquals(403, Http.get(system.articles("/articles/" + id + "/revisions"), Tokens.of("erin")).status());
        assertEquals(403, Http.get(system.articles("/articles/" + id + "/revisions"), Tokens.of("carol")).status());

        assertEquals(200, factCheck(id, "bob", etag(id, "bob")).status());
        assertEquals(200, Http.post(system.articles("/articles/" + id + "/publish"), Tokens.of("alice"), null).status());
        String published = Http.get(system.articles("/articles/" + id), null).body();
        assertFalse(published.contains("Ed Ellis") || published.contains("revisions"), "the public sees no history: " + published);
    }

    // ---- 2. Events come from who they say they come from ---------------------------------------------------------

    @Test
    void aForgedApprovalPublishedWithGuestIsRefusedAndChangesNothing() {
        String story = publishedStory("Forged approval target");
        Held target = heldReply(story);
        Held marker = heldReply(story);

        Amqp.Outcome forged = Amqp.publish("guest", "guest", "newsroom.comment.moderated", "comment.moderated", null,
                decision(target, "APPROVED", Integer.MAX_VALUE));
        System.out.println("forged comment.moderated as guest: " + forged);
        // A real decision taken after the forgery: once it is public, the forgery has had every chance to apply.
        approve(marker);
        within(Duration.ofSeconds(20)).until(() -> publicIds(story).contains(marker.id()));
        assertFalse(publicIds(story).contains(target.id()), "the forged approval made nothing public");
        assertEquals("PENDING", moderationStatus(target.id()), "moderation still holds it");
        assertEquals("PENDING", Newsroom.publicStatus(target.statusUrl()));
    }

    @Test
    void aForgedSequenceNumberDoesNotPinAReplyAgainstTheModerators() {
        String story = publishedStory("Pinned sequence target");
        Held target = heldReply(story);
        Amqp.Outcome forged = Amqp.publish("guest", "guest", "newsroom.comment.moderated", "comment.moderated", null,
                decision(target, "TRASH", Integer.MAX_VALUE));
        System.out.println("forged pinned comment.moderated as guest: " + forged);
        approve(target);
        within(Duration.ofSeconds(20)).until(() -> publicIds(story).contains(target.id()));
    }

    @Test
    void onlyAnEventsOwnProducerIsBelieved() throws Exception {
        NewsroomSystem system = system();
        String story = publishedStory("Who may say what");
        Held target = heldReply(story);
        String operator = NewsroomSystem.OPERATOR;
        String password = system.operatorPassword();

        // The broker checks user_id against the connection's user: nobody can sign as moderation-service.
        Amqp.Outcome spoofed = Amqp.publish(operator, password, "newsroom.comment.moderated", "comment.moderated",
                "moderation-service", decision(target, "APPROVED", 99));
        assertFalse(spoofed.accepted(), "a spoofed user_id is refused by the broker: " + spoofed);
        assertTrue(spoofed.detail().contains("PRECONDITION_FAILED"), spoofed.detail());

        // A service's own user cannot publish another service's event, nor read another's events.
        Amqp.Outcome wrongService = Amqp.publish("comment-service", NewsroomSystem.BROKER_PASSWORDS.get("comment-service"),
                "newsroom.comment.moderated", "comment.moderated", "comment-service", decision(target, "APPROVED", 99));
        assertFalse(wrongService.accepted(), "comment-service may not publish comment.moderated: " + wrongService);
        Amqp.Outcome eavesdrop = Amqp.eavesdrop("article-service", NewsroomSystem.BROKER_PASSWORDS.get("article-service"),
                "newsroom.comment.submitted");
        assertFalse(eavesdrop.accepted(), "article-service may not read readers' emails off comment.submitted: " + eavesdrop);
        for (String exchange : List.of("newsroom.comment.submitted", "newsroom.comment.moderated", "newsroom.comment.status-changed")) {
            Amqp.Outcome guest = Amqp.eavesdrop("guest", "guest", exchange);
            assertFalse(guest.accepted(), "guest reads nothing in the newsroom virtual host: " + guest);
        }

        // Someone the broker lets publish (here an operator with every right) is still not the event's producer:
        // each consumer refuses the message (dead letter, counted) and applies nothing.
        double moderatedBefore = refused("comment-service");
        Amqp.Outcome approval = Amqp.publish(operator, password, "newsroom.comment.moderated", "comment.moderated",
                operator, decision(target, "APPROVED", 99));
        assertTrue(approval.accepted(), approval.detail());
        within(Duration.ofSeconds(20)).until(() -> refused("comment-service") >= moderatedBefore + 1);
        assertFalse(publicIds(story).contains(target.id()), "the operator's approval made nothing public");

        String forgedComment = UUID.randomUUID().toString();
        double submittedBefore = refused("moderation-service");
        JsonObject staffClaim = new JsonObject().put("commentId", forgedComment).put("articleId", story)
                .put("permalink", "https://news.example.org/articles/x").put("authorName", "Definitely An Editor")
                .put("authorEmail", "forger@example.net").put("content", "Approve me, I am staff")
                .put("userIp", "203.0.113.9").put("commentType", "comment").put("authorSubject", "forged-subject")
                .put("authorRoles", new JsonArray().add("editor")).put("submittedAt", Instant.now().toString())
                .put("resent", false);
        assertTrue(Amqp.publish(operator, password, "newsroom.comment.submitted", "comment.submitted", null, staffClaim).accepted());
        within(Duration.ofSeconds(20)).until(() -> refused("moderation-service") >= submittedBefore + 1);
        assertEquals(404, Http.get(system.moderation("/moderation/comments/" + forgedComment), Tokens.of("carol")).status(),
                "a forged comment.submitted claiming staff roles is not taken in, let alone approved");

        int countBefore = Newsroom.commentCount(story);
        double statusBefore = refused("article-service");
        JsonObject count = new JsonObject().put("articleId", story).put("commentId", UUID.randomUUID().toString())
                .put("oldStatus", "PENDING").put("newStatus", "APPROVED").put("statusSeq", 2).put("changedAt", Instant.now().toString());
        assertTrue(Amqp.publish(operator, password, "newsroom.comment.status-changed", "comment.status-changed", null, count).accepted());
        within(Duration.ofSeconds(20)).until(() -> refused("article-service") >= statusBefore + 1);
        assertEquals(countBefore, Newsroom.commentCount(story), "a forged comment.status-changed moves no count");

        // What was refused waits in a dead-letter queue, which holds personal data: it expires.
        String queues = rabbitmqctl("list_queues", "-p", system.vhost(), "name", "arguments");
        for (String dlq : List.of("comment.comment-moderated.dlq", "moderation.comment-submitted.dlq", "article.comment-status-changed.dlq")) {
            String line = queues.lines().filter(l -> l.startsWith(dlq + "\t")).findFirst().orElse("");
            assertTrue(line.contains("x-message-ttl"), dlq + " has a message TTL: " + line);
        }
    }

    // ---- 3. Safe by default outside a laptop ---------------------------------------------------------------------

    @Test
    void aJarWithItsDefaultsRefusesToStartOutsideALocalDemo() throws Exception {
        NewsroomSystem system = system();
        int port = 18091;
        for (String service : List.of("article-service", "comment-service", "moderation-service")) {
            try (NewsroomSystem.Extra jar = system.startExtra(service, port, false, Map.of())) {
                awaitExitOrListening(jar, port);
                assertFalse(jar.process().isAlive(), service + " with demo credentials must not start:\n" + jar.output());
                assertTrue(jar.process().exitValue() != 0, service + " exits with an error");
                String output = jar.output();
                for (String setting : List.of("NEWSROOM_LOCAL_DEMO", "RABBITMQ_PASSWORD", "QUARKUS_DATASOURCE_PASSWORD")) {
                    assertTrue(output.contains(setting), service + "'s refusal names " + setting + ":\n" + output);
                }
            }
        }
        // Real credentials, but tokens checked against Keycloak over plain http on another host.
        try (NewsroomSystem.Extra jar = system.startExtra("moderation-service", port, true, Map.of(
                "NEWSROOM_LOCAL_DEMO", "false", "QUARKUS_DATASOURCE_PASSWORD", "not-empty",
                "QUARKUS_OIDC_AUTH_SERVER_URL", "http://login.example.org/realms/newsroom"))) {
            awaitExitOrListening(jar, port);
            assertFalse(jar.process().isAlive(), "Keycloak over plain http to another host is refused:\n" + jar.output());
            assertTrue(jar.output().contains("QUARKUS_OIDC_AUTH_SERVER_URL"), jar.output());
        }
    }

    @Test
    void theProductionRealmTemplateHasNoPasswordGrantAndLocksOutGuessers() throws Exception {
        NewsroomSystem system = system();
        String admin = Tokens.fetch("master", "admin-cli", "admin", "admin");
        String realm = "newsroom-production-check-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject template = new JsonObject(java.nio.file.Files.readString(
                RunLocal.root().resolve("deploy/keycloak/newsroom-realm.production.json"))).put("realm", realm);
        Http.Reply imported = Http.post(system.keycloak("/admin/realms"), admin, template);
        assertEquals(201, imported.status(), "Keycloak takes the template as it is: " + imported);
        try {
            JsonObject settings = Http.get(system.keycloak("/admin/realms/" + realm), admin).json();
            assertEquals(true, settings.getBoolean("bruteForceProtected"));
            assertEquals("external", settings.getString("sslRequired"));
            assertEquals(0, Http.get(system.keycloak("/admin/realms/" + realm + "/users"), admin).jsonArray().size(), "no users");
            Http.Reply grant = Http.form(system.keycloak("/realms/" + realm + "/protocol/openid-connect/token"),
                    Map.of("client_id", "newsroom-cli", "grant_type", "password", "username", "alice", "password", "alice"));
            assertEquals(400, grant.status(), grant.toString());
            assertEquals("unauthorized_client", grant.json().getString("error"), "no password grant: " + grant);
        } finally {
            Http.delete(system.keycloak("/admin/realms/" + realm), admin);
        }
    }

    @Test
    void keycloakUnreachableIsADenialNeverA500() throws Exception {
        NewsroomSystem system = system();
        Map<String, String> protectedPaths = Map.of("article-service", "/articles?status=DRAFT",
                "comment-service", "/privacy/requests", "moderation-service", "/moderation/comments");
        int port = 18091;
        List<String> wrong = new ArrayList<>();
        for (var entry : protectedPaths.entrySet()) {
            try (NewsroomSystem.Extra jar = system.startExtra(entry.getKey(), port, true,
                    Map.of("QUARKUS_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:1/realms/newsroom"))) {
                awaitExitOrListening(jar, port);
                assertTrue(jar.process().isAlive(), entry.getKey() + " starts without Keycloak:\n" + jar.output());
                Http.Reply reply = Http.get("http://127.0.0.1:" + port + entry.getValue(), Tokens.of("dave"));
                System.out.printf("%s with Keycloak unreachable: %s%n", entry.getKey(), reply);
                if ((reply.status() != 401 && reply.status() != 503) || !reply.contentType().startsWith("application/problem+json")) {
                    wrong.add(entry.getKey() + ": " + reply);
                }
            }
        }
        assertTrue(wrong.isEmpty(), "a 401 or 503 problem, never a 500:\n" + String.join("\n", wrong));
    }

    @Test
    void onlyAccessTokensAreAccepted() {
        NewsroomSystem system = system();
        // A client whose ID tokens also carry the API's audience and the realm roles: a common misconfiguration.
        String admin = Tokens.fetch("master", "admin-cli", "admin", "admin");
        String clientId = "id-token-probe-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject client = new JsonObject().put("clientId", clientId).put("publicClient", true)
                .put("directAccessGrantsEnabled", true).put("standardFlowEnabled", false)
                .put("protocolMappers", new JsonArray()
                        .add(mapper("audience", "oidc-audience-mapper", new JsonObject().put("included.custom.audience", "newsroom-api")))
                        .add(mapper("realm roles", "oidc-usermodel-realm-role-mapper", new JsonObject()
                                .put("claim.name", "realm_access.roles").put("multivalued", "true").put("jsonType.label", "String"))));
        Http.Reply created = Http.post(system.keycloak("/admin/realms/newsroom/clients"), admin, client);
        assertEquals(201, created.status(), created.toString());
        Http.Reply grant = Http.form(system.keycloak("/realms/newsroom/protocol/openid-connect/token"), Map.of(
                "client_id", clientId, "grant_type", "password", "username", "dave", "password", "dave", "scope", "openid"));
        assertEquals(200, grant.status(), grant.toString());

        List<String> urls = List.of(system.articles("/articles?status=DRAFT"), system.comments("/privacy/requests"),
                system.moderation("/moderation/comments"));
        for (String url : urls) {
            assertEquals(200, Http.get(url, grant.json().getString("access_token")).status(), "dave's access token works at " + url);
        }
        List<String> wrong = new ArrayList<>();
        for (String kind : List.of("id_token", "refresh_token")) {
            String token = grant.json().getString(kind);
            for (String url : urls) {
                Http.Reply reply = Http.get(url, token);
                if (reply.status() != 401 || !reply.contentType().startsWith("application/problem+json")) {
                    wrong.add(kind + " at " + url + ": " + reply);
                }
            }
        }
        assertTrue(wrong.isEmpty(), "only access tokens are accepted:\n" + String.join("\n", wrong));
    }

    @Test
    void anOversizedBodyIs413BeforeItIsRead() {
        NewsroomSystem system = system();
        String story = publishedStory("Oversized bodies");
        Map<String, HttpRequest.Builder> requests = new LinkedHashMap<>();
        requests.put("a 300 KB reply", Http.builder(system.comments("/articles/" + story + "/comments"), null)
                .header("Content-Type", "application/json").header("X-Forwarded-For", uniqueIp())
                .POST(HttpRequest.BodyPublishers.ofString(anonymous("Big", "big@example.net", "x".repeat(300_000)).encode())));
        requests.put("a 300 KB settings update", Http.builder(system.moderation("/moderation/settings"), Tokens.of("dave"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(new JsonObject().put("disallowedKeys", new JsonArray().add("y".repeat(300_000))).encode())));
        requests.put("a 1.5 MB story", Http.builder(system.articles("/articles"), Tokens.of("alice"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("title", "Huge").put("body", "z".repeat(1_500_000)).encode())));
        List<String> wrong = new ArrayList<>();
        for (var entry : requests.entrySet()) {
            Http.Reply reply = Http.send(entry.getValue());
            System.out.printf("%s: %s%n", entry.getKey(), reply.status());
            if (reply.status() != 413 || !reply.contentType().startsWith("application/problem+json")) {
                wrong.add(entry.getKey() + ": " + reply);
            }
        }
        assertTrue(wrong.isEmpty(), "413 problem+json:\n" + String.join("\n", wrong));
        assertEquals(0, publicThreads(story).getLong("total"));
    }

    @Test
    void metricsAndDetailedHealthAreOnTheManagementPortOnly() {
        NewsroomSystem system = system();
        List<String> wrong = new ArrayList<>();
        for (String service : List.of("article-service", "comment-service", "moderation-service")) {
            for (String path : List.of("/q/metrics", "/q/health", "/q/health/ready")) {
                Http.Reply reply = Http.get(system.url(service, path), null);
                if (reply.status() != 404) {
                    wrong.add("public " + service + path + ": " + reply);
                }
            }
            Http.Reply ready = Http.get(system.url(service, "/ready"), null);
            if (ready.status() != 200 || !new JsonObject().put("status", "UP").equals(ready.json())) {
                wrong.add("public readiness of " + service + " says UP and nothing else: " + ready);
            }
            try {
                if (!Http.get(system.management(service, "/q/metrics"), null).body().contains("http_server_requests")) {
                    wrong.add(service + " serves no metrics on its management port");
                }
            } catch (IllegalStateException e) {
                wrong.add(service + " has no management port: " + e.getMessage());
            }
        }
        try {
            String detailed = Http.get(system.management("moderation-service", "/q/health/ready"), null).body();
            if (!detailed.contains("akismet")) {
                wrong.add("the management port has the detailed readiness: " + detailed);
            }
        } catch (IllegalStateException e) {
            wrong.add("moderation-service has no management port: " + e.getMessage());
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    // ---- 4. Abuse controls that hold under concurrency ------------------------------------------------------------

    @Test
    void fiftyParallelRepliesFromOneAddressPassAsOne() throws Exception {
        String story = publishedStory("Flood race");
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            for (int round = 0; round < 5; round++) {
                String ip = uniqueIp();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> posts = new ArrayList<>();
                for (int n = 0; n < 50; n++) {
                    JsonObject body = anonymous("Racer " + n, "racer" + n + "." + UUID.randomUUID() + "@example.net",
                            "Round " + round + ", reply " + n);
                    posts.add(pool.submit(() -> {
                        start.await();
                        return reply(story, body, ip).status();
                    }));
                }
                start.countDown();
                Map<Integer, Integer> statuses = new LinkedHashMap<>();
                for (Future<Integer> post : posts) {
                    statuses.merge(post.get(60, TimeUnit.SECONDS), 1, Integer::sum);
                }
                System.out.printf("flood race round %d: %s%n", round, statuses);
                assertEquals(Map.of(202, 1, 429, 49), statuses, "round " + round + ": exactly one reply from one address");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAnonymousReplyWithAReadersEmailDoesNotLockTheReaderOut() {
        String story = publishedStory("Borrowed email");
        Http.Reply impostor = reply(story, anonymous("Not Erin", "erin@newsroom.example", "I am not Erin"), uniqueIp());
        assertEquals(202, impostor.status(), impostor.toString());
        Http.Reply erin = Http.send(Http.builder(system().comments("/articles/" + story + "/comments"), Tokens.of("erin"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", uniqueIp())
                .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("content", "The real Erin").encode())));
        assertEquals(202, erin.status(), "Erin, logged in, is not flooded by someone typing her address: " + erin);
    }

    @Test
    void anUnpublishedStorysCommentsAreNoLongerPublic() {
        NewsroomSystem system = system();
        String story = publishedStory("Taken down");
        Http.Reply ham = reply(story, anonymous("Pat", "pat.takedown@example.net", "A fine story."), uniqueIp());
        String id = ham.json().getString("id");
        within(Duration.ofSeconds(20)).until(() -> publicIds(story).contains(id));

        assertEquals(200, Http.post(system.articles("/articles/" + story + "/unpublish"), Tokens.of("alice"), null).status());
        within(Duration.ofSeconds(20)).until(() -> Http.get(system.comments("/articles/" + story + "/comments"), null).status() == 404);
        assertProblem(Http.get(system.comments("/articles/" + story + "/comments"), null));
        assertEquals(404, Http.get(system.comments("/comments/" + id), null).status());
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    record Held(String id, String statusUrl, String articleId) {
    }

    /** A reply the site's rules hold for a moderator (three links), once moderation has decided so. */
    private static Held heldReply(String story) {
        Http.Reply reply = reply(story, anonymous("Held Reader", "held." + UUID.randomUUID() + "@example.net", HELD), uniqueIp());
        assertEquals(202, reply.status(), reply.toString());
        Held held = new Held(reply.json().getString("id"), reply.json().getString("statusUrl"), story);
        within(Duration.ofSeconds(20)).until(() -> {
            Http.Reply detail = Http.get(system().moderation("/moderation/comments/" + held.id()), Tokens.of("carol"));
            return detail.status() == 200 && detail.json().getInteger("decisionSeq", 0) >= 1;
        });
        assertEquals("PENDING", moderationStatus(held.id()));
        return held;
    }

    private static void approve(Held held) {
        Http.Reply approved = Http.post(system().moderation("/moderation/comments/" + held.id() + "/approve"), Tokens.of("carol"), null);
        assertEquals(200, approved.status(), approved.toString());
    }

    private static JsonObject decision(Held held, String status, int seq) {
        return new JsonObject().put("commentId", held.id()).put("articleId", held.articleId()).put("status", status)
                .put("decidedBy", "MODERATOR").put("actor", "carol").put("reason", "moderator:approve")
                .put("decisionSeq", seq).put("decidedAt", Instant.now().toString());
    }

    private static List<String> publicIds(String story) {
        List<String> ids = new ArrayList<>();
        collect(publicThreads(story).getJsonArray("comments"), ids);
        return ids;
    }

    private static void collect(JsonArray comments, List<String> ids) {
        for (Object comment : comments) {
            ids.add(((JsonObject) comment).getString("id"));
            collect(((JsonObject) comment).getJsonArray("replies"), ids);
        }
    }

    /** Messages a service's consumers refused as not coming from the event's producer, from its metrics. */
    private static double refused(String service) {
        String metrics = Http.get(system().management(service, "/q/metrics"), null).body();
        return metrics.lines().filter(line -> line.startsWith("newsroom_events_refused_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static String submittedStory(String title) {
        JsonObject story = new JsonObject().put("title", title).put("summary", "Summary").put("body", "Alice's words.")
                .put("sources", new JsonArray().add(new JsonObject().put("title", "Minutes").put("url", "https://example.org/minutes")));
        Http.Reply created = Http.post(system().articles("/articles"), Tokens.of("alice"), story);
        assertEquals(201, created.status(), created.toString());
        String id = created.json().getString("id");
        assertEquals(200, Http.post(system().articles("/articles/" + id + "/submit"), Tokens.of("alice"), null).status());
        return id;
    }

    private static Http.Reply edit(String id, String editor, String ifMatch, String body) {
        JsonObject story = new JsonObject().put("title", Http.get(system().articles("/articles/" + id), Tokens.of(editor)).json().getString("title"))
                .put("summary", "Summary").put("body", body)
                .put("sources", new JsonArray().add(new JsonObject().put("title", "Minutes").put("url", "https://example.org/minutes")));
        return Http.send(Http.builder(system().articles("/articles/" + id), Tokens.of(editor))
                .header("Content-Type", "application/json").header("If-Match", ifMatch)
                .PUT(HttpRequest.BodyPublishers.ofString(story.encode())));
    }

    private static JsonObject mapper(String name, String type, JsonObject config) {
        return new JsonObject().put("name", name).put("protocol", "openid-connect").put("protocolMapper", type)
                .put("config", config.put("access.token.claim", "true").put("id.token.claim", "true"));
    }

    private static void assertProblem(Http.Reply reply) {
        assertTrue(reply.contentType().startsWith("application/problem+json"), "problem+json: " + reply);
    }

    /** Until the jar has given up, or listens on its port (then it started), at most a minute. */
    private static void awaitExitOrListening(NewsroomSystem.Extra jar, int port) {
        within(Duration.ofSeconds(60)).until(() -> !jar.process().isAlive() || listening(port));
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String rabbitmqctl(String... args) {
        try {
            List<String> command = new ArrayList<>(List.of("rabbitmqctl", "-q"));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            process.waitFor(60, TimeUnit.SECONDS);
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
