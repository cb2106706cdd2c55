package io.newsroom.comment.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;

import io.vertx.core.json.JsonObject;

/**
 * A server-named, exclusive, auto-delete queue bound to one of the service's exchanges: what
 * really left the service, read the way any consumer would. Close it at the end of the test.
 */
public class TestQueue implements AutoCloseable {

    private final Connection connection;
    private final Channel channel;
    private final String queue;
    private final List<JsonObject> received = new ArrayList<>();

    private TestQueue(String exchange, String routingKey) throws Exception {
        connection = RabbitNames.factory().newConnection();
        channel = connection.createChannel();
        // The service declares its exchanges lazily; declaring the same durable topic is harmless.
        channel.exchangeDeclare(exchange, "topic", true);
        queue = channel.queueDeclare().getQueue();
        channel.queueBind(queue, exchange, routingKey);
    }

    public static TestQueue boundTo(String exchangeProperty, String routingKey) throws Exception {
        return new TestQueue(ConfigProvider.getConfig().getValue(exchangeProperty, String.class), routingKey);
    }

    /** Everything received so far (drains the queue into memory first). */
    public synchronized List<JsonObject> messages() {
        try {
            GetResponse response;
            while ((response = channel.basicGet(queue, true)) != null) {
                JsonObject json = new JsonObject(new String(response.getBody(), StandardCharsets.UTF_8));
                json.put("_deliveryMode", response.getProps().getDeliveryMode());
                json.put("_contentType", response.getProps().getContentType());
                json.put("_userId", response.getProps().getUserId());
                received.add(json);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return List.copyOf(received);
    }

    public List<JsonObject> about(String commentId) {
        return messages().stream().filter(m -> commentId.equals(m.getString("commentId"))).toList();
    }

    /** Publishes as the event's producer does in the tests: with the user_id of its connection (guest), which RabbitMQ checks. */
    public static void publish(String exchangeProperty, String routingKey, String body) throws Exception {
        publish(exchangeProperty, routingKey, body, "guest");
    }

    /** With {@code userId} null the message names no publisher, and RabbitMQ vouches for nobody. */
    public static void publish(String exchangeProperty, String routingKey, String body, String userId) throws Exception {
        String exchange = ConfigProvider.getConfig().getValue(exchangeProperty, String.class);
        try (Connection c = RabbitNames.factory().newConnection(); Channel ch = c.createChannel()) {
            ch.basicPublish(exchange, routingKey, new com.rabbitmq.client.AMQP.BasicProperties.Builder()
                    .contentType("application/json").deliveryMode(2).userId(userId).build(), body.getBytes(StandardCharsets.UTF_8));
        }
    }

    public static long depth(String queueProperty) throws Exception {
        String queue = ConfigProvider.getConfig().getValue(queueProperty, String.class);
        try (Connection c = RabbitNames.factory().newConnection(); Channel ch = c.createChannel()) {
            return ch.messageCount(queue);
        }
    }

    @Override
    public void close() throws Exception {
        channel.close();
        connection.close();
    }
}
