package io.newsroom.system;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

import io.vertx.core.json.JsonObject;

/** The broker as someone who can reach it sees it: plain AMQP on the system's virtual host, no service code. */
public final class Amqp {

    private Amqp() {
    }

    /** What the broker did with a message. */
    public record Outcome(boolean accepted, String detail) {

        static Outcome refused(Exception e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return new Outcome(false, e + (root != e ? " / " + root : ""));
        }
    }

    /**
     * Publishes one persistent JSON message as {@code user} (with {@code userId} as its user_id property when not
     * null) and waits for the broker's confirm: accepted, or refused and why (login, permission, user_id).
     */
    public static Outcome publish(String user, String password, String exchange, String routingKey, String userId,
            JsonObject body) {
        try (Connection connection = connect(user, password); Channel channel = connection.createChannel()) {
            channel.confirmSelect();
            AMQP.BasicProperties.Builder props = new AMQP.BasicProperties.Builder().contentType("application/json")
                    .deliveryMode(2).messageId(UUID.randomUUID().toString()).timestamp(Date.from(Instant.now()));
            if (userId != null) {
                props.userId(userId);
            }
            channel.basicPublish(exchange, routingKey, props.build(), body.encode().getBytes(StandardCharsets.UTF_8));
            channel.waitForConfirmsOrDie(10_000);
            return new Outcome(true, "confirmed");
        } catch (Exception e) {
            return Outcome.refused(e);
        }
    }

    /** Tries to read a service's events: declare a queue of one's own and bind it to the event's exchange. */
    public static Outcome eavesdrop(String user, String password, String exchange) {
        try (Connection connection = connect(user, password); Channel channel = connection.createChannel()) {
            String queue = "eavesdrop." + UUID.randomUUID();
            channel.queueDeclare(queue, false, true, true, null);
            channel.queueBind(queue, exchange, "#");
            return new Outcome(true, "bound " + queue + " to " + exchange);
        } catch (Exception e) {
            return Outcome.refused(e);
        }
    }

    public static Connection connect(String user, String password) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(5672);
        factory.setVirtualHost(NewsroomSystem.get().vhost());
        factory.setUsername(user);
        factory.setPassword(password);
        factory.setAutomaticRecoveryEnabled(false);
        return factory.newConnection("system-tests");
    }
}
