package io.newsroom.comment.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Per-run exchange and queue names on the machine's RabbitMQ, so parallel builds never see each
 * other's messages; everything declared is deleted when the run ends.
 */
public class RabbitNames implements QuarkusTestResourceLifecycleManager {

    public static final String SUBMITTED_EXCHANGE = "newsroom.events.comment-submitted.exchange";
    public static final String STATUS_EXCHANGE = "newsroom.events.comment-status-changed.exchange";
    public static final String MODERATED_EXCHANGE = "mp.messaging.incoming.comment-moderated.exchange.name";
    public static final String MODERATED_QUEUE = "mp.messaging.incoming.comment-moderated.queue.name";
    public static final String MODERATED_DLQ = "mp.messaging.incoming.comment-moderated.dead-letter-queue-name";
    public static final String MODERATED_DLX = "mp.messaging.incoming.comment-moderated.dead-letter-exchange";

    public static final String ERASURE_EXCHANGE = "newsroom.events.privacy-erasure-requested.exchange";
    public static final String ERASURE_DONE_EXCHANGE = "mp.messaging.incoming.privacy-erasure-done.exchange.name";
    public static final String ERASURE_DONE_QUEUE = "mp.messaging.incoming.privacy-erasure-done.queue.name";
    public static final String ERASURE_DONE_DLQ = "mp.messaging.incoming.privacy-erasure-done.dead-letter-queue-name";
    public static final String ERASURE_DONE_DLX = "mp.messaging.incoming.privacy-erasure-done.dead-letter-exchange";

    private final Map<String, String> names = new HashMap<>();
    private String sink;

    /**
     * The relay keeps an event that no queue took (it publishes mandatory), as it should in production while a
     * consumer's queue is missing. In these tests nobody consumes our outgoing events, so one bounded queue takes
     * them all, the way moderation's and article-service's queues would.
     */
    private void declareSink() {
        try (Connection connection = factory().newConnection(); Channel channel = connection.createChannel()) {
            channel.queueDeclare(sink, false, false, false, Map.of("x-max-length", 1_000));
            for (String exchange : List.of(SUBMITTED_EXCHANGE, STATUS_EXCHANGE, ERASURE_EXCHANGE)) {
                channel.exchangeDeclare(names.get(exchange), "topic", true);
                channel.queueBind(sink, names.get(exchange), "#");
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not declare the test sink queue", e);
        }
    }

    @Override
    public Map<String, String> start() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        names.put(SUBMITTED_EXCHANGE, "test.newsroom.comment.submitted." + run);
        names.put(STATUS_EXCHANGE, "test.newsroom.comment.status-changed." + run);
        names.put(MODERATED_EXCHANGE, "test.newsroom.comment.moderated." + run);
        names.put(MODERATED_QUEUE, "test.comment.comment-moderated." + run);
        names.put(MODERATED_DLQ, "test.comment.comment-moderated.dlq." + run);
        names.put(MODERATED_DLX, "test.comment.comment-moderated.dlx." + run);
        names.put(ERASURE_EXCHANGE, "test.newsroom.privacy.erasure-requested." + run);
        names.put(ERASURE_DONE_EXCHANGE, "test.newsroom.privacy.erasure-done." + run);
        names.put(ERASURE_DONE_QUEUE, "test.comment.privacy-erasure-done." + run);
        names.put(ERASURE_DONE_DLQ, "test.comment.privacy-erasure-done.dlq." + run);
        names.put(ERASURE_DONE_DLX, "test.comment.privacy-erasure-done.dlx." + run);
        sink = "test.comment.sink." + run;
        declareSink();
        return names;
    }

    @Override
    public void stop() {
        try (Connection connection = factory().newConnection(); Channel channel = connection.createChannel()) {
            channel.queueDelete(sink);
            channel.queueDelete(names.get(MODERATED_QUEUE));
            channel.queueDelete(names.get(MODERATED_DLQ));
            channel.queueDelete(names.get(ERASURE_DONE_QUEUE));
            channel.queueDelete(names.get(ERASURE_DONE_DLQ));
            channel.exchangeDelete(names.get(ERASURE_EXCHANGE));
            channel.exchangeDelete(names.get(ERASURE_DONE_EXCHANGE));
            channel.exchangeDelete(names.get(ERASURE_DONE_DLX));
            channel.exchangeDelete(names.get(SUBMITTED_EXCHANGE));
            channel.exchangeDelete(names.get(STATUS_EXCHANGE));
            channel.exchangeDelete(names.get(MODERATED_EXCHANGE));
            channel.exchangeDelete(names.get(MODERATED_DLX));
        } catch (Exception e) {
            throw new IllegalStateException("Could not clean up test RabbitMQ names", e);
        }
    }

    public static ConnectionFactory factory() {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(5672);
        factory.setUsername("guest");
        factory.setPassword("guest");
        return factory;
    }
}
