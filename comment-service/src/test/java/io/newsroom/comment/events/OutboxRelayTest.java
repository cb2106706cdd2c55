package io.newsroom.comment.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.newsroom.comment.broker.ConfirmedPublisher;
import io.newsroom.comment.support.NoSchedulerProfile;
import io.newsroom.comment.support.RabbitNames;
import io.newsroom.comment.support.Replies;
import io.newsroom.comment.support.Stories;
import io.newsroom.comment.support.TestQueue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The relay deletes a row only once the broker confirmed that very message, also across a connection reopen; and
 * two replicas running the relay or the re-send job at the same moment never take the same row.
 */
@QuarkusTest
@TestProfile(NoSchedulerProfile.class)
class OutboxRelayTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    ConfirmedPublisher publisher;
    @Inject
    OutboxRelay relay;
    @Inject
    OutboxRepository outbox;
    @Inject
    ResendJob resendJob;
    @ConfigProperty(name = RabbitNames.SUBMITTED_EXCHANGE)
    String submittedExchange;

    @Test
    void whatIsReportedConfirmedWhileTheConnectionDiesHasReachedTheQueue() throws Exception {
        try (TestQueue queue = TestQueue.boundTo(RabbitNames.SUBMITTED_EXCHANGE, "comment.submitted")) {
            List<ConfirmedPublisher.Outgoing> messages = messages(submittedExchange, 3_000);
            CompletableFuture<Set<String>> first = CompletableFuture.supplyAsync(() -> publish(messages));
            // Cut the connection while the batch is on the wire: as soon as the queue has seen a first message of it.
            await().atMost(WAIT).until(() -> first.isDone() || !queue.messages().isEmpty());
            publisher.closeConnection();
            Set<String> confirmedFirst = first.get();
            Set<String> arrived = commentIds(queue);
            for (String id : confirmedFirst) {
                assertTrue(arrived.contains(id), "confirmed, so it is in the queue: " + id);
            }

            // The next connection takes the whole batch again; everything it confirms is there too.
            Set<String> confirmedAgain = publish(messages);
            assertEquals(messages.size(), confirmedAgain.size());
            await().atMost(WAIT).until(() -> commentIds(queue).size() == messages.size());
            System.out.printf("publish across a connection cut: %d of %d confirmed before the cut, %d of %d after, all in the queue%n",
                    confirmedFirst.size(), messages.size(), confirmedAgain.size(), messages.size());
        }
    }

    @Test
    void aMessageNoQueueTookIsNotConfirmed() throws Exception {
        String unbound = submittedExchange + ".unbound." + UUID.randomUUID();
        try {
            assertEquals(Set.of(), publisher.publish(messages(unbound, 3)), "routed nowhere: the rows must stay");
        } finally {
            try (var connection = RabbitNames.factory().newConnection(); var channel = connection.createChannel()) {
                channel.exchangeDelete(unbound);
            }
        }
    }

    @Test
    void theOutboxDrainsCompletelyWhileItsConnectionIsCutAgainAndAgain() throws Exception {
        try (TestQueue queue = TestQueue.boundTo(RabbitNames.SUBMITTED_EXCHANGE, "comment.submitted")) {
            List<UUID> rows = QuarkusTransaction.requiringNew().call(() -> insertRows(500));
            int cuts = 0;
            long remaining;
            while ((remaining = remaining(rows)) > 0 && cuts < 10) {
                long before = remaining;
                CompletableFuture.runAsync(relay::drain);
                await().atMost(WAIT).until(() -> remaining(rows) < before);
                publisher.closeConnection();
                cuts++;
            }
            await().atMost(WAIT).until(() -> {
                relay.drain();
                return remaining(rows) == 0;
            });
            Set<String> arrived = commentIds(queue);
            for (UUID row : rows) {
                assertTrue(arrived.contains(row.toString()), "deleted from the outbox, so delivered: " + row);
            }
            System.out.printf("outbox of %d drained across %d connection cuts: %d delivered, 0 lost%n", rows.size(), cuts, rows.size());
        }
    }

    @Test
    void twoRelaysAtOnceClaimDifferentRows() throws Exception {
        List<UUID> rows = QuarkusTransaction.requiringNew().call(() -> insertRows(20));
        try {
            List<UUID> second = whileAnotherTransactionHolds(() -> ids(outbox.claimOldest(10)),
                    () -> ids(outbox.claimOldest(10)), first -> {
                        assertEquals(10, first.size());
                    });
            assertEquals(10, second.size(), "the second relay took rows of its own instead of waiting");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> outbox.delete("id in ?1", rows));
        }
    }

    @Test
    void twoResendJobsAtOnceResendEachCommentOnce() throws Exception {
        List<UUID> comments = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            comments.add(Replies.leave(Stories.EVENTS, Replies.form("Undecided, about to be re-sent #" + i + " " + UUID.randomUUID())));
        }
        await().atMost(WAIT).until(() -> {
            relay.drain();
            return submittedRowsFor(comments).isEmpty();
        });
        QuarkusTransaction.requiringNew().run(() -> outbox.getEntityManager()
                .createNativeQuery("update comment set last_submitted_at = :old where id in :ids")
                .setParameter("old", Instant.now().minus(Duration.ofDays(3650))).setParameter("ids", comments).executeUpdate());

        // The rows each job wrote, as its own transaction sees them: the relay may publish them once committed.
        List<UUID> byFirst = new ArrayList<>();
        List<UUID> bySecond = whileAnotherTransactionHolds(() -> {
            resendJob.resendStale();
            return submittedRowsInThisTransaction(comments);
        }, () -> {
            resendJob.resendStale();
            return submittedRowsInThisTransaction(comments);
        }, byFirst::addAll);
        assertEquals(new HashSet<>(comments), new HashSet<>(byFirst), "the first job re-sent them all");
        assertEquals(comments.size(), byFirst.size(), "one re-send each: " + byFirst);
        assertTrue(bySecond.isEmpty(), "the second job re-sent none of them again: " + bySecond);
        relay.drain();
    }

    @Test
    void theWaitBeforeAReSendGrowsWithHowLongTheCommentHasWaited() throws Exception {
        UUID waitedLong = Replies.leave(Stories.EVENTS, Replies.form("Waiting two hours, last sent 30 minutes ago " + UUID.randomUUID()));
        UUID waitedLonger = Replies.leave(Stories.EVENTS, Replies.form("Waiting two hours, last sent 61 minutes ago " + UUID.randomUUID()));
        List<UUID> both = List.of(waitedLong, waitedLonger);
        await().atMost(WAIT).until(() -> {
            relay.drain();
            return submittedRowsFor(both).isEmpty();
        });
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            setTimes(waitedLong, now.minus(Duration.ofHours(2)), now.minus(Duration.ofMinutes(30)));
            setTimes(waitedLonger, now.minus(Duration.ofHours(2)), now.minus(Duration.ofMinutes(61)));
        });
        resendJob.resendStale();
        // resend-after is 3 s here: without the backoff both would go again. 30 minutes is less than the 90 it
        // had waited when last sent; 61 minutes is past the one-hour cap.
        assertEquals(List.of(waitedLonger), submittedRowsFor(both));
        relay.drain();
    }

    @Test
    void aPromptSendingKeepsTheTimeTheCommentWasWrittenALateOneMovesIt() throws Exception {
        UUID prompt = Replies.leave(Stories.EVENTS, Replies.form("Sent as soon as written " + UUID.randomUUID()));
        UUID late = Replies.leave(Stories.EVENTS, Replies.form("Sent an hour late " + UUID.randomUUID()));
        await().atMost(WAIT).until(() -> {
            relay.drain();
            return submittedRowsFor(List.of(prompt, late)).isEmpty();
        });
        assertEquals(createdAt(prompt), lastSubmittedAt(prompt), "no second update of a reply sent at once");

        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        QuarkusTransaction.requiringNew().run(() -> {
            setTimes(late, anHourAgo, anHourAgo);
            OutboxEvent row = new OutboxEvent();
            row.id = UUID.randomUUID();
            row.commentId = late;
            row.eventType = OutboxEvent.SUBMITTED;
            row.payload = "{\"commentId\":\"" + late + "\",\"test\":\"relay\"}";
            row.createdAt = anHourAgo;
            outbox.persist(row);
        });
        await().atMost(WAIT).until(() -> {
            relay.drain();
            return submittedRowsFor(List.of(late)).isEmpty();
        });
        Instant sent = lastSubmittedAt(late);
        assertTrue(sent.isAfter(Instant.now().minus(Duration.ofMinutes(1))), "the late sending counts from " + sent);
    }

    private Instant createdAt(UUID comment) {
        return commentTime(comment, "created_at");
    }

    private Instant lastSubmittedAt(UUID comment) {
        return commentTime(comment, "last_submitted_at");
    }

    private Instant commentTime(UUID comment, String column) {
        return QuarkusTransaction.requiringNew().call(() -> (Instant) outbox.getEntityManager()
                .createNativeQuery("select " + column + " from comment where id = :id").setParameter("id", comment)
                .getSingleResult());
    }

    private void setTimes(UUID comment, Instant created, Instant lastSubmitted) {
        outbox.getEntityManager().createNativeQuery("update comment set created_at = :created, last_submitted_at = :last where id = :id")
                .setParameter("created", created).setParameter("last", lastSubmitted).setParameter("id", comment).executeUpdate();
    }

    /**
     * Runs {@code first} in a transaction kept open while {@code second} runs in another one (as a second replica
     * would), and returns what the second returned. A second that waits for the first's locks fails the test.
     */
    private List<UUID> whileAnotherTransactionHolds(Supplier<List<UUID>> first, Supplier<List<UUID>> second,
            java.util.function.Consumer<List<UUID>> firstResult) throws Exception {
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<List<UUID>> holder = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew().call(() -> {
            List<UUID> got = first.get();
            claimed.countDown();
            release.await(WAIT.toSeconds(), TimeUnit.SECONDS);
            return got;
        }));
        try {
            assertTrue(claimed.await(WAIT.toSeconds(), TimeUnit.SECONDS), "the first transaction claimed");
            return CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew().call(second::get))
                    .get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            firstResult.accept(holder.get(WAIT.toSeconds(), TimeUnit.SECONDS));
        }
    }

    private List<UUID> submittedRowsFor(List<UUID> comments) {
        return QuarkusTransaction.requiringNew().call(() -> submittedRowsInThisTransaction(comments));
    }

    private List<UUID> submittedRowsInThisTransaction(List<UUID> comments) {
        return outbox.list("commentId in ?1 and eventType = ?2", comments, OutboxEvent.SUBMITTED).stream()
                .map(row -> row.commentId).toList();
    }

    /** Rows of comments nobody knows, as the relay would find them; their id stands in for the comment's. */
    private List<UUID> insertRows(int n) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            OutboxEvent row = new OutboxEvent();
            row.id = UUID.randomUUID();
            row.commentId = row.id;
            row.eventType = OutboxEvent.SUBMITTED;
            row.payload = "{\"commentId\":\"" + row.id + "\",\"test\":\"relay\"}";
            row.createdAt = Instant.now().minus(Duration.ofDays(3650));
            outbox.persist(row);
            ids.add(row.id);
        }
        return ids;
    }

    private long remaining(List<UUID> rows) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.count("id in ?1", rows));
    }

    private static List<UUID> ids(List<OutboxEvent> rows) {
        return rows.stream().map(row -> row.id).toList();
    }

    private Set<String> publish(List<ConfirmedPublisher.Outgoing> messages) {
        try {
            return publisher.publish(messages);
        } catch (IOException e) {
            return Set.of(); // nothing of a failed batch counts as confirmed
        }
    }

    private static Set<String> commentIds(TestQueue queue) {
        Set<String> ids = new HashSet<>();
        queue.messages().forEach(m -> ids.add(m.getString("commentId")));
        return ids;
    }

    private static List<ConfirmedPublisher.Outgoing> messages(String exchange, int n) {
        List<ConfirmedPublisher.Outgoing> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = UUID.randomUUID().toString();
            list.add(new ConfirmedPublisher.Outgoing(id, exchange, "comment.submitted", "{\"commentId\":\"" + id + "\",\"test\":\"relay\"}"));
        }
        return list;
    }
}
