package io.newsroom.moderation.support;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Per-run exchange and queue names on the real RabbitMQ, so parallel builds never see each other's messages.
 * Tests read the names back from the configuration ({@link Broker}); everything is deleted at the end.
 */
public class TestRabbit implements QuarkusTestResourceLifecycleManager {
    private String submittedExchange;
    private String submittedQueue;
    private String moderatedExchange;
    private String erasureExchange;
    private String erasureQueue;
    private String erasureDoneExchange;

    @Override
    public Map<String, String> start() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        submittedExchange = "test.newsroom.comment.submitted." + run;
        submittedQueue = "test.moderation.comment-submitted." + run;
        moderatedExchange = "test.newsroom.comment.moderated." + run;
        erasureExchange = "test.newsroom.privacy.erasure-requested." + run;
        erasureQueue = "test.moderation.privacy-erasure-requested." + run;
        erasureDoneExchange = "test.newsroom.privacy.erasure-done." + run;
        return Map.of(
                "mp.messaging.incoming.privacy-erasure-requested.exchange.name", erasureExchange,
                "mp.messaging.incoming.privacy-erasure-requested.queue.name", erasureQueue,
                "mp.messaging.incoming.privacy-erasure-requested.dead-letter-queue-name", erasureQueue + ".dlq",
                "mp.messaging.incoming.privacy-erasure-requested.dead-letter-exchange", erasureQueue + ".dlx",
                "newsroom.events.privacy-erasure-done.exchange", erasureDoneExchange,
                "mp.messaging.incoming.comment-submitted.exchange.name", submittedExchange,
                "mp.messaging.incoming.comment-submitted.queue.name", submittedQueue,
                "mp.messaging.incoming.comment-submitted.dead-letter-queue-name", submittedQueue + ".dlq",
                "mp.messaging.incoming.comment-submitted.dead-letter-exchange", submittedQueue + ".dlx",
                "newsroom.events.comment-moderated.exchange", moderatedExchange);
    }

    @Override
    public void stop() {
        try (Connection connection = Broker.connect(); Channel channel = connection.createChannel()) {
            for (String q : List.of(submittedQueue, submittedQueue + ".dlq", erasureQueue, erasureQueue + ".dlq")) {
                channel.queueDelete(q);
            }
            for (String x : List.of(submittedExchange, submittedQueue + ".dlx", moderatedExchange, erasureExchange, erasureQueue + ".dlx", erasureDoneExchange)) {
                channel.exchangeDelete(x);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not clean up the test's RabbitMQ queues and exchanges", e);
        }
    }
}
