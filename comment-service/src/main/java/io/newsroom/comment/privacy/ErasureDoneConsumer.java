package io.newsroom.comment.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;
import io.smallrye.reactive.messaging.rabbitmq.RabbitMQRejectMetadata;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/**
 * privacy.erasure-done, believed only from moderation-service's broker user (the user_id RabbitMQ validated):
 * closes the request's record. Anything else, or anything malformed, goes to the dead-letter queue.
 */
@ApplicationScoped
public class ErasureDoneConsumer {

    private static final Logger LOG = Logger.getLogger(ErasureDoneConsumer.class);

    @Inject
    PrivacyService privacy;
    @Inject
    ObjectMapper mapper;
    @Inject
    MeterRegistry registry;
    @ConfigProperty(name = "newsroom.events.privacy-erasure-done.producer")
    String producer;

    @PostConstruct
    void register() {
        registry.counter("newsroom.events.refused", "event", ErasureTopic.DONE, "reason", "producer");
    }

    @Incoming("privacy-erasure-done")
    @Blocking
    public CompletionStage<Void> consume(Message<Object> message) {
        Optional<String> userId = message.getMetadata(IncomingRabbitMQMetadata.class).flatMap(IncomingRabbitMQMetadata::getUserId);
        if (userId.filter(producer::equals).isEmpty()) {
            registry.counter("newsroom.events.refused", "event", ErasureTopic.DONE, "reason", "producer").increment();
            LOG.warnf("Dead-lettering a %s published by %s: only %s's are applied", ErasureTopic.DONE,
                    userId.orElse("a user who did not say"), producer);
            return message.nack(new IllegalStateException("not from " + producer), Metadata.of(new RabbitMQRejectMetadata(false)));
        }
        ErasureDoneEvent done;
        try {
            done = mapper.readValue(text(message.getPayload()), ErasureDoneEvent.class);
            if (done.requestId() == null) {
                throw new IllegalArgumentException("requestId missing");
            }
        } catch (Exception e) {
            LOG.warnf("Malformed %s sent to the dead-letter queue: %s", ErasureTopic.DONE, e.getMessage());
            return message.nack(e, Metadata.of(new RabbitMQRejectMetadata(false)));
        }
        try {
            if (!privacy.erasureDone(done)) {
                LOG.warnf("%s for unknown request %s dead-lettered", ErasureTopic.DONE, done.requestId());
                return message.nack(new IllegalArgumentException("unknown request"), Metadata.of(new RabbitMQRejectMetadata(false)));
            }
            return message.ack();
        } catch (RuntimeException e) {
            LOG.warnf("%s for %s not applied, requeued: %s", ErasureTopic.DONE, done.requestId(), e.toString());
            return message.nack(e, Metadata.of(new RabbitMQRejectMetadata(true)));
        }
    }

    private static String text(Object payload) {
        if (payload instanceof JsonObject object) {
            return object.encode();
        } else if (payload instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        } else if (payload instanceof Buffer buffer) {
            return buffer.toString(StandardCharsets.UTF_8);
        } else if (payload instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("not a JSON object: " + (payload == null ? "null" : payload.getClass()));
    }
}
