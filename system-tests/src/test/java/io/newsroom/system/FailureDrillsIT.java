package io.newsroom.system;

import static io.newsroom.system.Newsroom.anonymous;
import static io.newsroom.system.Newsroom.publicStatus;
import static io.newsroom.system.Newsroom.publishedStory;
import static io.newsroom.system.Newsroom.reply;
import static io.newsroom.system.Newsroom.simulatorMode;
import static io.newsroom.system.Newsroom.system;
import static io.newsroom.system.Newsroom.uniqueIp;
import static io.newsroom.system.Newsroom.within;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;

/**
 * Scenario 4: replies keep arriving while a piece of the system fails. Every reply answered 202 must be
 * decided, exactly once. Each drill prints "posted N, decided N, lost 0, duplicated 0".
 */
@Order(4)
class FailureDrillsIT {

    record Posted(String id, String statusUrl) {
    }

    @AfterEach
    void healEverything() {
        simulatorMode("normal");
        NewsroomSystem.rabbitmqctl("start_app");
    }

    @Test
    void moderationServiceKilledAndRestartedMidStream() throws Exception {
        String story = publishedStory("Drill: moderation killed");
        List<Posted> posted = post(story, 500, 8, n -> {
            if (n == 100) {
                system().kill("moderation-service");
            }
            if (n == 300) {
                system().restart("moderation-service");
            }
        });
        report("moderation-service kill -9 and restart", posted, "APPROVED", Duration.ofMinutes(3));
    }

    @Test
    void akismetDownHoldsEverythingThenEverythingIsDecided() throws Exception {
        String story = publishedStory("Drill: Akismet down");
        simulatorMode("error500");
        List<Posted> posted = post(story, 60, 4, n -> { });
        within(Duration.ofMinutes(1)).until(() -> posted.stream().allMatch(p -> awaitingRecheck(p.id())));
        long approvedWhileDown = posted.stream().filter(p -> "APPROVED".equals(publicStatus(p.statusUrl()))).count();
        assertEquals(0, approvedWhileDown, "nothing is approved while Akismet cannot check it");
        System.out.printf("Akismet down: posted %d, held awaiting re-check %d, approved unchecked %d%n",
                posted.size(), posted.size(), approvedWhileDown);
        simulatorMode("normal");
        report("Akismet down, then back", posted, "APPROVED", Duration.ofMinutes(2));
    }

    @Test
    void rabbitMqStoppedAndStartedMidStream() throws Exception {
        String story = publishedStory("Drill: broker down");
        List<Posted> posted = post(story, 200, 4, n -> {
            if (n == 50) {
                system().rabbitStopApp();
            }
            if (n == 150) {
                system().rabbitStartApp();
            }
        });
        report("RabbitMQ stop_app / start_app", posted, "APPROVED", Duration.ofMinutes(3));
    }

    @Test
    void commentServiceKilledMidIntake() throws Exception {
        String story = publishedStory("Drill: comment-service killed");
        // kill -9 and start again at once: while the new process starts, every reader's request fails and is retried
        // (no further post is sent meanwhile, so the restart cannot wait for one).
        Intake intake = postRetrying(story, 300, 8, n -> {
            if (n == 100) {
                system().restart("comment-service");
            }
        });
        System.out.printf("comment-service kill -9: %d retried after their connection died, %d of them already stored (409 duplicate)%n",
                intake.retried().size(), intake.duplicateOnRetry().size());
        report("comment-service kill -9 mid-intake", intake.posted(), "APPROVED", Duration.ofMinutes(3));
        assertStoredOnce(story, intake);
    }

    @Test
    void postgresRestartedMidStream() throws Exception {
        String story = publishedStory("Drill: PostgreSQL restarted");
        Intake intake = postRetrying(story, 200, 4, n -> {
            if (n == 60) {
                NewsroomSystem.restartPostgres();
            }
        });
        System.out.printf("PostgreSQL restart: %d answered 503 with Retry-After and were retried, %d of them already stored; 0 answered 500%n",
                intake.retried().size(), intake.duplicateOnRetry().size());
        report("PostgreSQL restart", intake.posted(), "APPROVED", Duration.ofMinutes(3));
        assertStoredOnce(story, intake);
    }

    @Test
    void keycloakStoppedThenBack() throws Exception {
        String story = publishedStory("Drill: Keycloak stopped");
        // The moderator's view the report reads is a token fetched before Keycloak goes, as a logged-in moderator's would be.
        Tokens.of("carol");
        system().stopKeycloak();
        try {
            assertEquals(200, Http.get(system().articles("/articles/" + story), null).status(), "a story still reads");
            assertEquals(200, Http.get(system().comments("/articles/" + story + "/comments"), null).status(), "its comments still read");
            assertEquals(200, Http.get(system().web("/"), null).status(), "the front page still renders");
            // A token no service has seen the key of: verifying it needs Keycloak, which is away. A denial, not a 500.
            String unknownKey = jwt("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"not-a-known-key\"}",
                    "{\"sub\":\"x\",\"iss\":\"" + system().keycloak("/realms/newsroom") + "\",\"exp\":4102444800}");
            for (Http.Reply denied : List.of(Http.get(system().moderation("/moderation/comments"), unknownKey),
                    Http.post(system().articles("/articles/" + story + "/comments/close"), unknownKey, null))) {
                assertTrue(denied.status() == 401 || denied.status() == 503, "while Keycloak is away: " + denied);
                assertTrue(denied.contentType().startsWith("application/problem+json"), denied.toString());
            }
            List<Posted> posted = post(story, 30, 3, n -> { });
            System.out.printf("Keycloak stopped: reads 200, anonymous replies taken %d of %d, authenticated calls refused as problems%n",
                    posted.size(), 30);
            report("Keycloak stopped", posted, "APPROVED", Duration.ofMinutes(2));
        } finally {
            system().startKeycloakAgain();
        }
        // Back without restarting a service: a new login works everywhere.
        String carol = Tokens.fetch("newsroom", "newsroom-cli", "carol", "carol");
        assertEquals(200, Http.get(system().moderation("/moderation/comments"), carol).status(), "moderation works again");
    }

    @Test
    void akismetSlowUnder300Replies() throws Exception {
        String story = publishedStory("Drill: Akismet slow");
        Http.Reply slow = Http.post(system().akismet("/_simulator/mode"), null, new JsonObject().put("mode", "slow").put("delayMs", "2000"));
        assertEquals(2, slow.status() / 100, slow.toString());
        long started = System.nanoTime();
        List<Posted> posted = post(story, 300, 8, n -> { });
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Akismet slow (2 s an answer): 300 replies taken in %.1f s (%.0f/s)%n", seconds, 300 / seconds);
        long approvedUnchecked = posted.stream().filter(p -> "APPROVED".equals(publicStatus(p.statusUrl())))
                .filter(p -> !checkedByAkismet(p.id())).count();
        assertEquals(0, approvedUnchecked, "nothing is approved before Akismet answered for it");
        report("Akismet slow (2 s)", posted, "APPROVED", Duration.ofMinutes(4));
    }

    record Intake(List<Posted> posted, List<Integer> retried, List<Integer> duplicateOnRetry, String run) {
    }

    /**
     * Posts like {@link #post}, but as a reader whose request failed would: on a dropped connection or a 503 it
     * sends the same reply again (after Retry-After, when given) until it gets an answer. A 500 fails the drill.
     */
    private static Intake postRetrying(String story, int count, int threads, IntConsumer atCount) throws Exception {
        List<Posted> posted = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Integer> retried = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Integer> duplicateOnRetry = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> refused = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        String run = Long.toString(System.nanoTime(), 36);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Object hooks = new Object();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    int n;
                    while ((n = next.getAndIncrement()) < count) {
                        synchronized (hooks) {
                            atCount.accept(n);
                        }
                        JsonObject body = anonymous("Reader " + n, "reader" + n + "." + run + "@example.net",
                                "Drill reply " + n + " of run " + run);
                        String ip = uniqueIp();
                        boolean again = false;
                        while (true) {
                            Http.Reply reply;
                            try {
                                reply = reply(story, body, ip);
                            } catch (IllegalStateException connectionDied) {
                                again = true;
                                awaitReachable();
                                continue;
                            }
                            if (reply.status() == 202) {
                                posted.add(new Posted(reply.json().getString("id"), reply.json().getString("statusUrl")));
                                break;
                            }
                            if (reply.status() == 409 && again && reply.body().contains("duplicate")) {
                                duplicateOnRetry.add(n);
                                break;
                            }
                            if (reply.status() == 503 && reply.header("Retry-After") != null) {
                                again = true;
                                retryAfter(reply);
                                continue;
                            }
                            refused.add(n + ": " + reply);
                            break;
                        }
                        if (again) {
                            retried.add(n);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(refused.isEmpty(), "every reply is taken (202), or found already stored on retry (409): " + refused);
        assertEquals(count, posted.size() + duplicateOnRetry.size());
        return new Intake(posted, retried, duplicateOnRetry, run);
    }

    /** A reader waits what the 503 asked (capped: the drill's clock, not the reader's patience, is the limit). */
    static void retryAfter(Http.Reply reply) {
        long seconds = Math.min(2, Long.parseLong(reply.header("Retry-After")));
        within(Duration.ofSeconds(seconds + 1)).pollDelay(Duration.ofSeconds(seconds)).until(() -> true);
    }

    private static void awaitReachable() {
        within(Duration.ofMinutes(3)).ignoreExceptions()
                .until(() -> Http.get(system().comments("/ready"), null).status() == 200);
    }

    /** Every reply of the run is in the public thread once: no retry made a second comment. */
    private static void assertStoredOnce(String story, Intake intake) {
        Map<String, Integer> seen = new ConcurrentHashMap<>();
        int page = 0;
        while (true) {
            Http.Reply reply = Http.get(system().comments("/articles/" + story + "/comments?size=50&page=" + page), null);
            assertEquals(200, reply.status(), reply.toString());
            var threads = reply.json().getJsonArray("comments");
            if (threads == null || threads.isEmpty()) {
                break;
            }
            threads.stream().map(JsonObject.class::cast).forEach(c -> seen.merge(c.getString("content"), 1, Integer::sum));
            page++;
        }
        long stored = seen.keySet().stream().filter(content -> content.contains("of run " + intake.run())).count();
        long twice = seen.entrySet().stream().filter(e -> e.getKey().contains("of run " + intake.run()) && e.getValue() > 1).count();
        System.out.printf("  stored once: %d of %d replies, %d stored twice%n", stored, intake.posted().size() + intake.duplicateOnRetry().size(), twice);
        assertEquals(0, twice, "no retry made a second comment");
        assertEquals(intake.posted().size() + intake.duplicateOnRetry().size(), stored, "every reply stored");
    }

    private static boolean checkedByAkismet(String id) {
        Http.Reply reply = Http.get(system().moderation("/moderation/comments/" + id), Tokens.of("carol"));
        return reply.status() == 200 && reply.json().getJsonObject("akismet") != null
                && reply.json().getJsonObject("akismet").getString("verdict") != null;
    }

    private static String jwt(String header, String payload) {
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(header.getBytes()) + "." + b64.encodeToString(payload.getBytes()) + "."
                + b64.encodeToString("not a signature".getBytes());
    }

    /** Posts {@code count} ham replies from {@code threads} clients; {@code atCount} runs between posts, in order. */
    private static List<Posted> post(String story, int count, int threads, IntConsumer atCount) throws Exception {
        List<Posted> posted = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> refused = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        String run = Long.toString(System.nanoTime(), 36);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Object hooks = new Object();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    int n;
                    while ((n = next.getAndIncrement()) < count) {
                        synchronized (hooks) {
                            atCount.accept(n);
                        }
                        JsonObject body = anonymous("Reader " + n, "reader" + n + "." + run + "@example.net",
                                "Drill reply " + n + " of run " + run);
                        Http.Reply reply = reply(story, body, uniqueIp());
                        if (reply.status() == 202) {
                            posted.add(new Posted(reply.json().getString("id"), reply.json().getString("statusUrl")));
                        } else {
                            refused.add(n + ": " + reply);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(refused.isEmpty(), "every reply is taken (202) whatever fails behind: " + refused);
        assertEquals(count, posted.size());
        return posted;
    }

    private static void report(String drill, List<Posted> posted, String expected, Duration timeout) {
        Map<String, String> finalStatus = new ConcurrentHashMap<>();
        try {
            within(timeout).until(() -> {
                posted.parallelStream().filter(p -> !finalStatus.containsKey(p.id())).forEach(p -> {
                    String status = publicStatus(p.statusUrl());
                    if (expected.equals(status)) {
                        finalStatus.put(p.id(), status);
                    }
                });
                return finalStatus.size() == posted.size();
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // reported below with the counts
        }
        long duplicated = posted.parallelStream().filter(p -> automaticDecisions(p.id()) > 1).count();
        long decided = finalStatus.size();
        long lost = posted.size() - decided;
        System.out.printf("%s: posted %d, decided %d, lost %d, duplicated %d%n", drill, posted.size(), decided, lost, duplicated);
        posted.stream().filter(p -> !finalStatus.containsKey(p.id())).limit(5).forEach(p -> System.out.printf(
                "  not decided: %s public=%s moderation=%s%n", p.id(), publicStatus(p.statusUrl()), moderationSummary(p.id())));
        assertEquals(0, lost, drill + ": every reply decided");
        assertEquals(0, duplicated, drill + ": every reply decided once");
    }

    /** Where moderation-service stands on a comment, for the drill's report when one is not decided. */
    private static String moderationSummary(String id) {
        Http.Reply reply = Http.get(system().moderation("/moderation/comments/" + id), Tokens.of("carol"));
        if (reply.status() != 200) {
            return "HTTP " + reply.status();
        }
        JsonObject detail = reply.json();
        JsonObject summary = new JsonObject().put("status", detail.getString("status"))
                .put("decidedBy", detail.getString("decidedBy")).put("decisionSeq", detail.getInteger("decisionSeq"))
                .put("receivedAt", detail.getString("receivedAt")).put("akismet", detail.getJsonObject("akismet"))
                .put("history", detail.getJsonArray("history").stream().map(h -> ((JsonObject) h).getString("message")).toList());
        return summary.encode();
    }

    private static boolean awaitingRecheck(String id) {
        Http.Reply reply = Http.get(system().moderation("/moderation/comments/" + id), Tokens.of("carol"));
        return reply.status() == 200 && "PENDING".equals(reply.json().getString("status"))
                && reply.json().getJsonObject("akismet") != null
                && Boolean.TRUE.equals(reply.json().getJsonObject("akismet").getBoolean("awaitingRecheck"));
    }

    /** Decisions that were not a moderator's: a comment moderated twice by the pipeline would show 2. */
    private static long automaticDecisions(String id) {
        Http.Reply reply = Http.get(system().moderation("/moderation/comments/" + id), Tokens.of("carol"));
        if (reply.status() != 200) {
            return 0;
        }
        return reply.json().getJsonArray("history").stream()
                .map(JsonObject.class::cast)
                .filter(h -> h.getString("status") != null && !"MODERATOR".equalsIgnoreCase(h.getString("actorType")))
                .filter(h -> "APPROVED".equals(h.getString("status")))
                .count();
    }
}
