package io.newsroom.comment.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.newsroom.comment.support.BrokerDownProfile;
import io.newsroom.comment.support.Db;
import io.newsroom.comment.support.RabbitNames;
import io.newsroom.comment.support.Replies;
import io.newsroom.comment.support.Stories;
import io.newsroom.comment.support.SwitchableBrokerProxy;
import io.newsroom.comment.support.TestQueue;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;

/**
 * Must-show 3: with the broker unreachable every reply is stored and answered 202, and once the
 * broker is back every one of them reaches the comment.submitted exchange.
 */
@QuarkusTest
@TestProfile(BrokerDownProfile.class)
class NoLossTest {

    private static final int N = 12;

    @Test
    void repliesTakenWhileTheBrokerIsAwayAllArriveOnceItIsBack() throws Exception {
        try (TestQueue queue = TestQueue.boundTo(RabbitNames.SUBMITTED_EXCHANGE, "comment.submitted")) {
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < N; i++) {
                ids.add(Replies.leave(Stories.OPEN, Replies.form("Written while the broker was away #" + i)));
            }
            for (UUID id : ids) {
                assertEquals("PENDING", Db.comment(id).status.name(), "stored: " + id);
            }
            // For a few relay passes nothing can leave, and nothing is dropped from the outbox.
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                    .until(() -> received(queue, ids).isEmpty() && unpublished(ids) == N);

            SwitchableBrokerProxy.up();

            await().atMost(Duration.ofSeconds(60)).until(() -> received(queue, ids).size() == N);
            await().atMost(Duration.ofSeconds(20)).until(() -> unpublished(ids) == 0);
            assertTrue(received(queue, ids).containsAll(ids));

            // Second outage, this time of an established connection (what stop_app does to a
            // running service): the publisher must come back by itself.
            SwitchableBrokerProxy.down();
            List<UUID> more = new ArrayList<>();
            for (int i = 0; i < N; i++) {
                more.add(Replies.leave(Stories.OPEN, Replies.form("Written during the second outage #" + i)));
            }
            SwitchableBrokerProxy.up();
            await().atMost(Duration.ofSeconds(90)).until(() -> received(queue, more).size() == N);
            await().atMost(Duration.ofSeconds(60)).until(() -> unpublished(more) == 0);
        }
    }

    private static Set<UUID> received(TestQueue queue, List<UUID> ids) {
        Set<UUID> seen = new HashSet<>();
        for (JsonObject message : queue.messages()) {
            UUID id = UUID.fromString(message.getString("commentId"));
            if (ids.contains(id)) {
                seen.add(id);
            }
        }
        return seen;
    }

    private static long unpublished(List<UUID> ids) {
        return Db.tx(() -> io.quarkus.arc.Arc.container().instance(OutboxRepository.class).get()
                .count("commentId in ?1 and eventType = ?2", ids, OutboxEvent.SUBMITTED));
    }
}
