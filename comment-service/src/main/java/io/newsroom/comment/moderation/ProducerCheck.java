package io.newsroom.comment.moderation;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;

/**
 * comment.moderated is moderation-service's to say. RabbitMQ validates a message's user_id against the user of the
 * connection that published it, so the user_id names the publisher; a decision from anyone else (a user who can
 * still reach the exchange, or one that names nobody) is refused, counted, and goes to the dead-letter queue.
 */
@ApplicationScoped
@Startup
public class ProducerCheck {

    static final String EVENT = "comment.moderated";
    private static final Logger LOG = Logger.getLogger(ProducerCheck.class);

    @ConfigProperty(name = "newsroom.events.comment-moderated.producer")
    String producer;
    @Inject
    MeterRegistry registry;

    public boolean fromProducer(Message<?> message) {
        Optional<String> userId = message.getMetadata(IncomingRabbitMQMetadata.class).flatMap(IncomingRabbitMQMetadata::getUserId);
        if (userId.filter(producer::equals).isPresent()) {
            return true;
        }
        refused("producer");
        LOG.warnf("Dead-lettering a %s published by %s: only %s's are applied", EVENT, userId.orElse("a user who did not say"), producer);
        return false;
    }

    /** Counts a refused decision: {@code producer} (not moderation-service's) or {@code sequence} (implausible decisionSeq). */
    public void refused(String reason) {
        registry.counter("newsroom.events.refused", "event", EVENT, "reason", reason).increment();
    }

    @jakarta.annotation.PostConstruct
    void register() {
        // Present at 0 from the start, so an alert can watch it.
        registry.counter("newsroom.events.refused", "event", EVENT, "reason", "producer");
        registry.counter("newsroom.events.refused", "event", EVENT, "reason", "sequence");
    }
}
