package io.newsroom.article.support;

import java.util.Map;
import java.util.UUID;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Exchange and queue names of this run only, so parallel builds never read each other's events; removed afterwards. */
public class RabbitTestNames implements QuarkusTestResourceLifecycleManager {

    public static final String SUFFIX = "." + UUID.randomUUID().toString().substring(0, 8);
    public static final String EXCHANGE = "newsroom.comment.status-changed.test" + SUFFIX;
    public static final String QUEUE = "article.comment-status-changed.test" + SUFFIX;
    public static final String DLQ = QUEUE + ".dlq";
    public static final String DLX = QUEUE + ".dlx";

    @Override
    public Map<String, String> start() {
        String channel = "mp.messaging.incoming.comment-status-changed.";
        return Map.of(
                channel + "exchange.name", EXCHANGE,
                channel + "queue.name", QUEUE,
                channel + "dead-letter-queue-name", DLQ,
                channel + "dead-letter-exchange", DLX);
    }

    @Override
    public void stop() {
        try (Connection connection = connect(); Channel channel = connection.createChannel()) {
            channel.queueDelete(QUEUE);
            channel.queueDelete(DLQ);
            channel.exchangeDelete(EXCHANGE);
            channel.exchangeDelete(DLX);
        } catch (Exception e) {
            // Leftovers are harmless (unique names); the run's result stands.
        }
    }

    public static Connection connect() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(5672);
        factory.setUsername("guest");
        factory.setPassword("guest");
        return factory.newConnection();
    }
}
