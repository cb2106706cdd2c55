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

    @Override
    public Map<String, String> start() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        submittedExchange = "test.newsroom.comment.submitted." + run;
        submittedQueue = "test.moderation.comment-submitted." + run;
        moderatedExchange = "test.newsroom.comment.moderated." + run;
        return Map.of(
                "mp.messaging.incoming.comment-submitted.exchange.name", submittedExchange,
                "mp.messaging.incoming.comment-submitted.queue.name", submittedQueue,
                "mp.messaging.incoming.comment-submitted.dead-letter-queue-name", submittedQueue + ".dlq",
                "mp.messaging.incoming.comment-submitted.dead-letter-exchange", submittedQueue + ".dlx",
                "newsroom.events.comment-moderated.exchange", moderatedExchange);
    }

    @Override
    public void stop() {
        try (Connection connection = Broker.connect(); Channel channel = connection.createChannel()) {
            for (String q : List.of(submittedQueue, submittedQueue + ".dlq")) {
                channel.queueDelete(q);
            }
            for (String x : List.of(submittedExchange, submittedQueue + ".dlx", moderatedExchange)) {
                channel.exchangeDelete(x);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not clean up the test's RabbitMQ queues and exchanges", e);
        }
    }
}
