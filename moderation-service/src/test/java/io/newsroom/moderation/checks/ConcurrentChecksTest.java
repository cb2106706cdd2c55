package io.newsroom.moderation.checks;

import io.newsroom.moderation.support.Broker;
import io.newsroom.moderation.support.Comments;
import io.newsroom.moderation.support.Simulator;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Akismet answering slowly: many checks in flight at once, never more than the configured concurrency. */
@QuarkusTest
class ConcurrentChecksTest {

    @Inject
    CheckRunner runner;
    @ConfigProperty(name = "newsroom.akismet.concurrency")
    int concurrency;

    @BeforeEach
    void slowAkismet() {
        Broker.listen();
        // slower than the arrival of the whole backlog, well within the client's timeout (1 s in tests)
        Simulator.slow(400);
    }

    @AfterEach
    void backToNormal() {
        Simulator.mode("normal");
    }

    @Test
    void aBacklogIsCheckedConcurrentlyWithinTheBoundAndEachCommentDecidedOnce() {
        int backlog = concurrency * 4;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < backlog; i++) {
            ids.add(Comments.send(Comments.event("Window Reader " + i, "Reply " + i + " while Akismet takes its time")));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream().allMatch(id -> "APPROVED".equals(Comments.status(id))));

        int most = runner.mostInFlight();
        assertTrue(most <= concurrency, "at most " + concurrency + " comment-checks in flight, saw " + most);
        assertTrue(most > 1, "checks ran concurrently (most in flight: " + most + ")");
        for (int i = 0; i < backlog; i++) {
            assertEquals(1, Simulator.requests("/1.1/comment-check", "comment_author", "Window Reader " + i).size(),
                    "Window Reader " + i + " checked once");
            JsonObject detail = Comments.detail(ids.get(i));
            assertEquals(1, detail.getInteger("decisionSeq"), "decided once");
            String id = ids.get(i);
            await().atMost(Duration.ofSeconds(10)).until(() -> Broker.moderated(id).size() == 1);
        }
    }
}
