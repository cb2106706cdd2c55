package io.newsroom.moderation.outbox;

import io.newsroom.moderation.broker.ConfirmedPublisher;
import io.newsroom.moderation.support.Broker;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The relay deletes a row only once the broker confirmed that very message, also across a connection reopen. */
@QuarkusTest
class OutboxRelayTest {
    static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    ConfirmedPublisher publisher;
    @Inject
    OutboxRepository outbox;
    @ConfigProperty(name = "newsroom.events.comment-moderated.exchange")
    String exchange;

    @BeforeEach
    void listen() {
        Broker.listen();
    }

    @Test
    void whatIsReportedConfirmedWhileTheConnectionDiesHasReachedTheQueue() throws Exception {
        List<ConfirmedPublisher.Outgoing> messages = messages(exchange, 5_000);
        CompletableFuture<Set<String>> first = CompletableFuture.supplyAsync(() -> publish(messages));
        // Cut the connection while the batch is on the wire: as soon as the queue has seen a first message of it.
        await().atMost(WAIT).until(() -> first.isDone() || !Broker.moderated(commentId(messages.get(0))).isEmpty());
        publisher.closeConnection();
        Set<String> confirmedFirst = outcome(first);
        for (ConfirmedPublisher.Outgoing m : messages) {
            if (confirmedFirst.contains(m.messageId())) {
                assertFalse(Broker.moderated(commentId(m)).isEmpty(), "confirmed, so it is in the queue: " + m.messageId());
            }
        }

        // The next connection takes the whole batch again; everything it confirms is there too.
        Set<String> confirmedAgain = publish(messages);
        assertEquals(messages.size(), confirmedAgain.size());
        await().atMost(WAIT).until(() -> messages.stream().allMatch(m -> !Broker.moderated(commentId(m)).isEmpty()));
        System.out.printf("publish across a connection cut: %d of %d confirmed before the cut, %d of %d after, all in the queue%n",
                confirmedFirst.size(), messages.size(), confirmedAgain.size(), messages.size());
    }

    @Test
    void aMessageNoQueueTookIsNotConfirmed() throws Exception {
        String unbound = exchange + ".unbound." + UUID.randomUUID();
        try {
            assertEquals(Set.of(), publisher.publish(messages(unbound, 3)), "routed nowhere: the rows must stay");
        } finally {
            try (var connection = brokerConnection(); var channel = connection.createChannel()) {
                channel.exchangeDelete(unbound);
            }
        }
    }

    @Test
    void theOutboxDrainsCompletelyWhileItsConnectionIsCutAgainAndAgain() {
        List<UUID> comments = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 1_000; i++) {
                UUID id = UUID.randomUUID();
                comments.add(id);
                outbox.add(new CommentModerated(id, UUID.randomUUID(), "APPROVED", "RULES", null, "test", 1, Instant.now()));
            }
        });
        int cuts = 0;
        long remaining;
        while ((remaining = remaining(comments)) > 0 && cuts < 10) {
            long before = remaining;
            await().atMost(WAIT).until(() -> remaining(comments) < before);
            publisher.closeConnection();
            cuts++;
        }
        await().atMost(WAIT).until(() -> remaining(comments) == 0);
        for (UUID id : comments) {
            assertFalse(Broker.moderated(id).isEmpty(), "deleted from the outbox, so delivered: " + id);
        }
        System.out.printf("outbox of %d drained across %d connection cuts: %d delivered, 0 lost%n", comments.size(), cuts, comments.size());
    }

    private long remaining(List<UUID> comments) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.count("commentId in ?1", comments));
    }

    private Set<String> publish(List<ConfirmedPublisher.Outgoing> messages) {
        try {
            return publisher.publish(messages);
        } catch (IOException e) {
            return Set.of(); // nothing of a failed batch counts as confirmed
        }
    }

    private static Set<String> outcome(CompletableFuture<Set<String>> future) throws InterruptedException, ExecutionException {
        Set<String> confirmed = future.get();
        assertTrue(confirmed.size() <= 5_000);
        return confirmed;
    }

    private static List<ConfirmedPublisher.Outgoing> messages(String exchange, int n) {
        List<ConfirmedPublisher.Outgoing> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = UUID.randomUUID().toString();
            list.add(new ConfirmedPublisher.Outgoing(id, exchange, "comment.moderated", "{\"commentId\":\"" + id + "\",\"test\":\"relay\"}"));
        }
        return list;
    }

    private static String commentId(ConfirmedPublisher.Outgoing m) {
        return m.messageId();
    }

    private static com.rabbitmq.client.Connection brokerConnection() throws Exception {
        com.rabbitmq.client.ConnectionFactory f = new com.rabbitmq.client.ConnectionFactory();
        f.setHost("127.0.0.1");
        f.setUsername("guest");
        f.setPassword("guest");
        return f.newConnection("moderation-service-tests");
    }
}
