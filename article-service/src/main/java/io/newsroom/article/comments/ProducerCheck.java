package io.newsroom.article.comments;

import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;

/**
 * comment.status-changed is comment-service's to say. RabbitMQ validates a message's user_id against the user of
 * the connection that published it, so the user_id names the publisher; a message from anyone else (a user who can
 * still reach the exchange, or one that names nobody) is refused, counted, and goes to the dead-letter queue.
 */
@ApplicationScoped
@Startup
public class ProducerCheck {

    static final String EVENT = "comment.status-changed";
    private static final Logger LOG = Logger.getLogger(ProducerCheck.class);

    @ConfigProperty(name = "newsroom.events.comment-status-changed.producer")
    String producer;
    @Inject
    MeterRegistry registry;

    private Counter refused;

    @PostConstruct
    void register() {
        // Present at 0 from the start, so an alert can watch it.
        refused = Counter.builder("newsroom.events.refused").tag("event", EVENT).tag("reason", "producer")
                .description("Events refused because they did not come from the event's producer").register(registry);
    }

    public boolean fromProducer(Message<?> message) {
        Optional<String> userId = message.getMetadata(IncomingRabbitMQMetadata.class).flatMap(IncomingRabbitMQMetadata::getUserId);
        if (userId.filter(producer::equals).isPresent()) {
            return true;
        }
        refused.increment();
        LOG.warnf("Dead-lettering a %s published by %s: only %s's are applied", EVENT, userId.orElse("a user who did not say"), producer);
        return false;
    }
}
