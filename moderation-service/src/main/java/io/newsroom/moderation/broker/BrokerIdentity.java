package io.newsroom.moderation.broker;

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
 * Who says what on the broker. RabbitMQ validates a message's user_id against the user of the connection that
 * published it, so it names the publisher: what we publish carries ours, and comment.submitted is believed only
 * from comment-service's. A message from anyone else (a user who can still reach the exchange, or one that names
 * nobody) is refused, counted, and goes to the dead-letter queue: nobody else can hand us a comment claiming staff
 * roles to be approved unchecked.
 */
@ApplicationScoped
@Startup
public class BrokerIdentity {

    static final String SUBMITTED = "comment.submitted";
    private static final Logger LOG = Logger.getLogger(BrokerIdentity.class);

    @ConfigProperty(name = "rabbitmq-username")
    String user;
    @ConfigProperty(name = "newsroom.events.comment-submitted.producer")
    String submittedProducer;
    @Inject
    MeterRegistry registry;

    static final String ERASURE = "privacy.erasure-requested";

    private Counter refused;
    private Counter refusedErasure;

    @PostConstruct
    void register() {
        // Present at 0 from the start, so an alert can watch it.
        refused = Counter.builder("newsroom.events.refused").tag("event", SUBMITTED).tag("reason", "producer")
                .description("Events refused because they did not come from the event's producer").register(registry);
        refusedErasure = Counter.builder("newsroom.events.refused").tag("event", ERASURE).tag("reason", "producer")
                .description("Events refused because they did not come from the event's producer").register(registry);
    }

    /** The user_id of what we publish: our connection's user, the only one RabbitMQ lets us name. */
    public String user() {
        return user;
    }

    /** Whether a comment.submitted comes from comment-service; if not it is counted as refused. */
    public boolean fromCommentService(Message<?> message) {
        return fromCommentService(message, SUBMITTED, refused);
    }

    /** Whether a privacy.erasure-requested comes from comment-service, which keeps the requests. */
    public boolean erasureFromCommentService(Message<?> message) {
        return fromCommentService(message, ERASURE, refusedErasure);
    }

    private boolean fromCommentService(Message<?> message, String event, Counter counter) {
        Optional<String> userId = message.getMetadata(IncomingRabbitMQMetadata.class).flatMap(IncomingRabbitMQMetadata::getUserId);
        if (userId.filter(submittedProducer::equals).isPresent()) {
            return true;
        }
        counter.increment();
        LOG.warnf("Dead-lettering a %s published by %s: only %s's are taken in", event,
                userId.orElse("a user who did not say"), submittedProducer);
        return false;
    }
}
