package io.newsroom.comment.broker;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

/**
 * Publishes a batch and says which of its messages the broker took: on one fresh confirm channel, mandatory, then
 * waiting for that channel's confirms. The connector's publisher matched confirms to messages by delivery tag
 * across a connection reopen (tags restart at 1 on the new channel, the old channel's messages were still waiting
 * for theirs), so a message written to the dying connection could be "confirmed" by the ack of a later one, and
 * its outbox row deleted although it never reached a queue. Here a confirm can only be for a message of its own
 * channel, and a message no queue took (returned, because mandatory) counts as not delivered.
 */
@ApplicationScoped
public class ConfirmedPublisher {

    /** One message: its id (the outbox row's), where it goes (a durable topic exchange and a routing key), its body. */
    public record Outgoing(String messageId, String exchange, String routingKey, String json) {
    }

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;
    @ConfigProperty(name = "newsroom.events.broker-host")
    String host;
    @ConfigProperty(name = "newsroom.events.broker-port")
    int port;
    @ConfigProperty(name = "rabbitmq-virtual-host")
    String virtualHost;
    @ConfigProperty(name = "rabbitmq-username")
    String username;
    @ConfigProperty(name = "rabbitmq-password")
    Optional<String> password;
    @ConfigProperty(name = "newsroom.events.confirm-timeout", defaultValue = "10s")
    Duration confirmTimeout;

    private volatile Connection connection;
    private final Set<String> declared = ConcurrentHashMap.newKeySet();

    /**
     * Publishes every message to its exchange (declared if missing) and returns the ids the broker confirmed and
     * routed to at least one queue. Any failure of the channel or connection leaves the rest unconfirmed: the caller
     * keeps them and tries again.
     */
    public synchronized Set<String> publish(List<Outgoing> messages) throws IOException {
        Set<String> returned = ConcurrentHashMap.newKeySet();
        Channel channel = null;
        try {
            channel = connection().createChannel();
            for (Outgoing m : messages) {
                if (declared.add(m.exchange())) {
                    channel.exchangeDeclare(m.exchange(), "topic", true);
                }
            }
            channel.confirmSelect();
            channel.addReturnListener(r -> returned.add(r.getProperties().getMessageId()));
            Set<String> sent = new LinkedHashSet<>();
            for (Outgoing m : messages) {
                AMQP.BasicProperties props = new AMQP.BasicProperties.Builder()
                        .contentType("application/json").deliveryMode(2).messageId(m.messageId()).type(m.routingKey())
                        .timestamp(new Date()).userId(username).build();
                channel.basicPublish(m.exchange(), m.routingKey(), true, props, m.json().getBytes(StandardCharsets.UTF_8));
                sent.add(m.messageId());
            }
            // Throws when any of them was nacked, or the channel closed before every confirm arrived.
            channel.waitForConfirmsOrDie(confirmTimeout.toMillis());
            // basic.return comes before the basic.ack of the same message on the channel, so it is known by now.
            Set<String> delivered = new HashSet<>(sent);
            delivered.removeAll(returned);
            return delivered;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the broker's confirms", e);
        } catch (TimeoutException e) {
            throw new IOException("the broker did not confirm within " + confirmTimeout, e);
        } catch (IOException | RuntimeException e) {
            declared.clear(); // a failed declaration closes the channel: declare again on the next one
            closeConnection();
            throw e instanceof IOException io ? io : new IOException(e);
        } finally {
            if (channel != null && channel.isOpen()) {
                try {
                    channel.close();
                } catch (IOException | TimeoutException | RuntimeException ignored) {
                    // the channel is gone with its connection; nothing of it is trusted
                }
            }
        }
    }

    private Connection connection() throws IOException {
        if (connection == null || !connection.isOpen()) {
            ConnectionFactory factory = new ConnectionFactory();
            factory.setHost(host);
            factory.setPort(port);
            factory.setVirtualHost(virtualHost);
            factory.setUsername(username);
            password.ifPresent(factory::setPassword);
            factory.setAutomaticRecoveryEnabled(false); // a new connection per failure, decided here
            // A broker behind a dead network must not hold a claimed batch (and its transaction) for the default minute.
            factory.setConnectionTimeout((int) confirmTimeout.toMillis());
            factory.setHandshakeTimeout((int) confirmTimeout.toMillis());
            try {
                connection = factory.newConnection(applicationName + " outbox");
            } catch (TimeoutException e) {
                throw new IOException("could not connect to RabbitMQ at " + host + ":" + port, e);
            }
        }
        return connection;
    }

    /**
     * Drops the connection, as a broker restart or a network cut would, also in the middle of a batch (not
     * synchronized on purpose); the next publish opens a new one.
     */
    public void closeConnection() {
        Connection current = connection;
        if (current != null) {
            current.abort();
        }
    }

    @PreDestroy
    void stop() {
        closeConnection();
    }
}
