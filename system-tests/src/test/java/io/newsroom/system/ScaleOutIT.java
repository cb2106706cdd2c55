package io.newsroom.system;

import static io.newsroom.system.Newsroom.anonymous;
import static io.newsroom.system.Newsroom.publicStatus;
import static io.newsroom.system.Newsroom.publishedStory;
import static io.newsroom.system.Newsroom.simulatorRequests;
import static io.newsroom.system.Newsroom.system;
import static io.newsroom.system.Newsroom.uniqueIp;
import static io.newsroom.system.Newsroom.within;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;

import io.vertx.core.json.JsonObject;

/**
 * Two replicas of every service (own ports, same databases, same virtual host), called alternately as a
 * round-robin load balancer would: they share the work instead of doing it twice, and when one of each is
 * killed the others carry on. Prints "posted N, decided N, lost 0, duplicated 0", "published once: N of N" and
 * "checked once: N of N".
 */
@Order(8)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {

    /** The second replicas' ports (management on +1000), beside the system's own 18081-18083. */
    static final Map<String, Integer> SECOND = Map.of("article-service", 18071, "comment-service", 18072, "moderation-service", 18073);

    static final List<NewsroomSystem.Extra> replicas = new ArrayList<>();
    static Connection tapConnection;
    static final AtomicInteger unansweredLastRun = new AtomicInteger();
    /** How many times the broker carried each reply's first comment.submitted (a re-send says resent: true). */
    static final Map<String, AtomicInteger> submittedSeen = new ConcurrentHashMap<>();
    static final AtomicInteger resentSeen = new AtomicInteger();

    record Posted(int n, String id, String statusUrl, String content) {
    }

    @BeforeAll
    static void secondReplicas() throws Exception {
        for (var entry : SECOND.entrySet()) {
            replicas.add(system().startExtra(entry.getKey(), entry.getValue(), true, Map.of()));
        }
        for (var entry : SECOND.entrySet()) {
            String ready = "http://127.0.0.1:" + (entry.getValue() + 1000) + "/q/health/ready";
            within(Duration.ofMinutes(3)).ignoreExceptions().until(() -> Http.get(ready, null).status() == 200);
        }
        // A tap on comment.submitted, as the operator: how many times the broker saw each reply's event.
        tapConnection = Amqp.connect(NewsroomSystem.OPERATOR, system().operatorPassword());
        Channel channel = tapConnection.createChannel();
        String queue = channel.queueDeclare().getQueue();
        channel.queueBind(queue, "newsroom.comment.submitted", "#");
        channel.basicConsume(queue, true, (tag, delivery) -> {
            JsonObject event = new JsonObject(new String(delivery.getBody(), StandardCharsets.UTF_8));
            if (Boolean.TRUE.equals(event.getBoolean("resent"))) {
                resentSeen.incrementAndGet(); // the re-send job's business: still undecided after resend-after
            } else {
                submittedSeen.computeIfAbsent(event.getString("commentId"), id -> new AtomicInteger()).incrementAndGet();
            }
        }, tag -> { });
    }

    @AfterAll
    static void stopReplicas() throws Exception {
        replicas.forEach(NewsroomSystem.Extra::close);
        if (tapConnection != null) {
            tapConnection.close();
        }
    }

    @Test
    @Order(1)
    void twoReplicasOfEachShareTheWorkAndDoEachPieceOnce() throws Exception {
        String story = publishedStory("Scale-out: two of everything");
        List<Posted> posted = post(story, 1_000, 8, n -> { });
        decidedOnce("two replicas of each", posted);

        long publishedOnce = posted.stream().filter(p -> seen(p.id()) == 1).count();
        System.out.printf("published once: %d of %d (and %d re-sends of replies still undecided after resend-after)%n",
                publishedOnce, posted.size(), resentSeen.get());
        Map<String, Integer> checks = checksByContent();
        long checkedOnce = posted.stream().filter(p -> checks.getOrDefault(p.content(), 0) == 1).count();
        System.out.printf("checked once: %d of %d%n", checkedOnce, posted.size());
        assertEquals(posted.size(), publishedOnce, "each comment.submitted published once");
        assertEquals(posted.size(), checkedOnce, "each reply sent to Akismet once");
        approvedCountOnBothArticleReplicas(story, posted.size());
    }

    @Test
    @Order(2)
    void oneReplicaOfEachKilledTheOthersCarryOn() throws Exception {
        String story = publishedStory("Scale-out: one of each killed");
        List<Posted> posted = post(story, 400, 8, n -> {
            if (n == 120) {
                // kill -9, not restarted: the other replica of each carries on
                replicas.forEach(r -> r.process().destroyForcibly());
            }
        });
        decidedOnce("one replica of each killed", posted);
        // The killed replica's stored-but-unanswered replies are approved too: the count is of all of them.
        int stored = posted.size() + unansweredLastRun.get();
        within(Duration.ofMinutes(2)).until(() -> commentCount("http://127.0.0.1:" + NewsroomSystem.ARTICLES, story) == stored);
        System.out.printf("one replica of each killed: the surviving article-service counts %d approved of %d stored%n", stored, stored);
    }

    /** Each approval counted once by whichever article-service replica took its comment.status-changed. */
    private static void approvedCountOnBothArticleReplicas(String story, int approved) {
        List<String> bases = List.of("http://127.0.0.1:" + NewsroomSystem.ARTICLES, "http://127.0.0.1:" + SECOND.get("article-service"));
        within(Duration.ofMinutes(2)).until(() -> bases.stream().allMatch(base -> commentCount(base, story) == approved));
        System.out.printf("both article-service replicas count %d approved of %d%n", approved, approved);
    }

    private static int commentCount(String base, String story) {
        Http.Reply reply = Http.get(base + "/articles/" + story, null);
        return reply.status() == 200 ? reply.json().getInteger("commentCount") : -1;
    }

    /**
     * Posts {@code count} replies, alternating between the two comment-service replicas; a replica that does not
     * answer (killed) is skipped as a load balancer would after its health check.
     */
    private static List<Posted> post(String story, int count, int threads, IntConsumer atCount) throws Exception {
        List<Posted> posted = Collections.synchronizedList(new ArrayList<>());
        List<String> refused = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        String run = Long.toString(System.nanoTime(), 36);
        List<String> bases = List.of("http://127.0.0.1:" + NewsroomSystem.COMMENTS, "http://127.0.0.1:" + SECOND.get("comment-service"));
        Map<String, Boolean> down = new ConcurrentHashMap<>();
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
                        String content = "Scale-out reply " + n + " of run " + run;
                        JsonObject body = anonymous("Reader " + n, "reader" + n + "." + run + "@example.net", content);
                        String ip = uniqueIp();
                        Http.Reply reply = null;
                        for (int attempt = 0; attempt < 2 * bases.size() && reply == null; attempt++) {
                            String base = bases.get((n + attempt) % bases.size());
                            if (down.containsKey(base)) {
                                continue;
                            }
                            try {
                                reply = Http.send(Http.builder(base + "/articles/" + story + "/comments", null)
                                        .header("Content-Type", "application/json").header("X-Forwarded-For", ip)
                                        .header("User-Agent", "Mozilla/5.0 (system test)")
                                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.encode())));
                            } catch (IllegalStateException connectionRefused) {
                                down.put(base, true);
                            }
                        }
                        if (reply != null && reply.status() == 202) {
                            posted.add(new Posted(n, reply.json().getString("id"), reply.json().getString("statusUrl"), content));
                        } else if (reply != null && reply.status() == 409 && reply.body().contains("duplicate")) {
                            // the dying replica stored it but never answered: the retry found it, no second comment
                            refused.add(n + ": stored without an answer (duplicate on retry)");
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
        long unanswered = refused.stream().filter(r -> r.contains("duplicate on retry")).count();
        unansweredLastRun.set((int) unanswered);
        assertTrue(refused.size() == unanswered, "every reply is taken (202) by one replica or the other: " + refused);
        assertEquals(count, posted.size() + unanswered);
        return posted;
    }

    private static void decidedOnce(String what, List<Posted> posted) {
        Map<String, Boolean> decided = new ConcurrentHashMap<>();
        try {
            within(Duration.ofMinutes(4)).until(() -> {
                posted.parallelStream().filter(p -> !decided.containsKey(p.id()))
                        .filter(p -> "APPROVED".equals(publicStatus(p.statusUrl()))).forEach(p -> decided.put(p.id(), true));
                return decided.size() == posted.size();
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // reported below with the counts
        }
        long duplicated = posted.parallelStream().filter(p -> automaticDecisions(p.id()) > 1).count();
        long lost = posted.size() - decided.size();
        System.out.printf("%s: posted %d, decided %d, lost %d, duplicated %d%n", what, posted.size(), decided.size(), lost, duplicated);
        assertEquals(0, lost, what + ": every reply decided");
        assertEquals(0, duplicated, what + ": every reply decided once");
    }

    private static int seen(String commentId) {
        AtomicInteger n = submittedSeen.get(commentId);
        return n == null ? 0 : n.get();
    }

    private static Map<String, Integer> checksByContent() {
        Map<String, Integer> checks = new ConcurrentHashMap<>();
        simulatorRequests("/1.1/comment-check").stream().map(JsonObject.class::cast)
                .map(r -> r.getJsonObject("fields").getValue("comment_content"))
                .filter(c -> c instanceof String).map(String.class::cast)
                .forEach(c -> checks.merge(c, 1, Integer::sum));
        return checks;
    }

    private static long automaticDecisions(String id) {
        Http.Reply reply = Http.get(system().moderation("/moderation/comments/" + id), Tokens.of("carol"));
        if (reply.status() != 200) {
            return 0;
        }
        return reply.json().getJsonArray("history").stream().map(JsonObject.class::cast)
                .filter(h -> h.getString("status") != null && !"MODERATOR".equalsIgnoreCase(h.getString("actorType")))
                .filter(h -> "APPROVED".equals(h.getString("status")))
                .count();
    }
}
