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
