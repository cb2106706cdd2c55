package io.newsroom.moderation.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.moderation.broker.BrokerIdentity;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.rabbitmq.RabbitMQRejectMetadata;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import java.util.concurrent.CompletionStage;

/**
 * privacy.erasure-requested in, from comment-service only: erased and confirmed (privacy.erasure-done through the
 * outbox) in one transaction, acknowledged after it committed; malformed → dead-letter queue; transient → requeued.
 */
@ApplicationScoped
public class ErasureConsumer {
    private static final Logger LOG = Logger.getLogger(ErasureConsumer.class);

    @Inject
    PrivacyService privacy;
    @Inject
    ObjectMapper mapper;
    @Inject
    BrokerIdentity broker;

    @Incoming("privacy-erasure-requested")
    @Blocking(ordered = false)
    public CompletionStage<Void> consume(Message<Object> message) {
        if (!broker.erasureFromCommentService(message)) {
            return message.nack(new IllegalStateException("privacy.erasure-requested not from comment-service"),
                    Metadata.of(new RabbitMQRejectMetadata(false)));
        }
        ErasureRequested request;
        try {
            request = decode(message.getPayload());
        } catch (RuntimeException e) {
            LOG.warnf("malformed privacy.erasure-requested dead-lettered: %s", e.getMessage());
            return message.nack(e, Metadata.of(new RabbitMQRejectMetadata(false)));
        }
        String problem = request.problem();
        if (problem != null) {
            LOG.warnf("unusable privacy.erasure-requested dead-lettered: %s", problem);
            return message.nack(new IllegalArgumentException(problem), Metadata.of(new RabbitMQRejectMetadata(false)));
        }
        try {
            privacy.erase(request);
            return message.ack();
        } catch (RuntimeException e) {
            LOG.warnf("erasure request %s not done (%s); requeued", request.requestId(), e.getMessage());
            return message.nack(e, Metadata.of(new RabbitMQRejectMetadata(true)));
        }
    }

    ErasureRequested decode(Object payload) {
        JsonObject json;
        if (payload instanceof JsonObject j) {
            json = j;
        } else if (payload instanceof Buffer b) {
            json = new JsonObject(b);
        } else if (payload instanceof byte[] bytes) {
            json = new JsonObject(Buffer.buffer(bytes));
        } else if (payload instanceof String s) {
            json = new JsonObject(s);
        } else {
            throw new IllegalArgumentException("unexpected payload type " + (payload == null ? "null" : payload.getClass().getName()));
        }
        return mapper.convertValue(json.getMap(), ErasureRequested.class);
    }
}
