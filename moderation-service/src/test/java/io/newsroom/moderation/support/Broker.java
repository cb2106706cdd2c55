package io.newsroom.moderation.support;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.vertx.core.json.JsonObject;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The tests' side of RabbitMQ: publishes comment.submitted like comment-service does and collects every
 * comment.moderated the service emits, on the per-run names {@link TestRabbit} chose.
 */
public final class Broker {
    private static final ConcurrentLinkedQueue<JsonObject> MODERATED = new ConcurrentLinkedQueue<>();
    private static Connection connection;
    private static Channel channel;
    private static String boundExchange;

    private Broker() {
    }

    static Connection connect() throws Exception {
        ConnectionFactory f = new ConnectionFactory();
        f.setHost("127.0.0.1");
        f.setPort(5672);
        f.setUsername("guest");
        f.setPassword("guest");
        return f.newConnection("moderation-service-tests");
    }

    private static String config(String key) {
        return ConfigProvider.getConfig().getValue(key, String.class);
    }

    private static synchronized Channel channel() {
        try {
            if (channel == null) {
                connection = connect();
                channel = connection.createChannel();
            }
            // another test profile means another application with other per-run names: follow it
            String exchange = config("newsroom.events.comment-moderated.exchange");
            if (!exchange.equals(boundExchange)) {
                channel.exchangeDeclare(exchange, "topic", true);
                // exclusive, auto-delete: gone with the connection
                String queue = channel.queueDeclare().getQueue();
                channel.queueBind(queue, exchange, "#");
                channel.basicConsume(queue, true, (tag, delivery) ->
                        MODERATED.add(new JsonObject(new String(delivery.getBody(), StandardCharsets.UTF_8))
                                .put("_userId", delivery.getProperties().getUserId())), tag -> { });
                boundExchange = exchange;
            }
        } catch (Exception e) {
            throw new IllegalStateException("RabbitMQ at 127.0.0.1:5672 is needed for these tests", e);
        }
        return channel;
    }

    /** Starts collecting comment.moderated (call before publishing anything whose decisions you assert). */
    public static void listen() {
        channel();
    }

    /** As comment-service publishes: with the user_id of its connection (guest in the tests), which RabbitMQ checks. */
    public static void publish(String json) {
        publish(json, "guest");
    }

    /** With {@code userId} null the message names no publisher, and RabbitMQ vouches for nobody. */
    public static synchronized void publish(String json, String userId) {
        try {
            channel().basicPublish(config("mp.messaging.incoming.comment-submitted.exchange.name"), "comment.submitted",
                    new AMQP.BasicProperties.Builder().contentType("application/json").deliveryMode(2).userId(userId).build(),
                    json.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized long deadLettered() {
        try {
            return channel().messageCount(config("mp.messaging.incoming.comment-submitted.dead-letter-queue-name"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every comment.moderated seen for one comment, in arrival order. */
    public static List<JsonObject> moderated(Object commentId) {
        return MODERATED.stream().filter(m -> commentId.toString().equals(m.getString("commentId"))).toList();
    }
}
