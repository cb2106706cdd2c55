package io.newsroom.comment.moderation;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.rabbitmq.RabbitMQRejectMetadata;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/**
 * Consumes {@code comment.moderated}. Acknowledged only after the status change has committed; a
 * message from anyone but moderation-service, or one that can never be applied, is rejected to the
 * dead-letter queue; a transient failure (database away) is requeued.
 */
@ApplicationScoped
public class ModeratedConsumer {

    private static final Logger LOG = Logger.getLogger(ModeratedConsumer.class);

    @Inject
    StatusApplier applier;
    @Inject
    ObjectMapper mapper;
    @Inject
    ProducerCheck producers;

    @Incoming("comment-moderated")
    @Blocking
    public CompletionStage<Void> consume(Message<Object> message) {
        if (!producers.fromProducer(message)) {
            return message.nack(new IllegalStateException("comment.moderated not from moderation-service"),
                    Metadata.of(new RabbitMQRejectMetadata(false)));
        }
        ModerationDecision decision;
        try {
            decision = parse(message.getPayload());
            String malformed = DecisionRules.malformed(decision);
            if (malformed != null) {
                throw new IllegalArgumentException(malformed);
            }
        } catch (Exception e) {
            LOG.warnf("Malformed comment.moderated sent to the dead-letter queue: %s", e.getMessage());
            return message.nack(e, Metadata.of(new RabbitMQRejectMetadata(false)));
        }
        try {
            if (applier.apply(decision) == StatusApplier.Outcome.IMPLAUSIBLE) {
                producers.refused("sequence");
                LOG.warnf("comment.moderated for %s with decisionSeq %d dead-lettered: far beyond the last applied one",
                        decision.commentId(), decision.decisionSeq());
                return message.nack(new IllegalArgumentException("implausible decisionSeq"),
                        Metadata.of(new RabbitMQRejectMetadata(false)));
            }
            return message.ack();
        } catch (RuntimeException e) {
            LOG.warnf("comment.moderated for %s not applied, requeued: %s", decision.commentId(), e.toString());
            return message.nack(e, Metadata.of(new RabbitMQRejectMetadata(true)));
        }
    }

    // The connector hands JSON over as a Vert.x JsonObject whatever the parameter type says
    // (toolchain.md), and a wrongly labelled message as bytes or text: accept them all here.
    private ModerationDecision parse(Object payload) throws Exception {
        String json;
        if (payload instanceof JsonObject object) {
            json = object.encode();
        } else if (payload instanceof byte[] bytes) {
            json = new String(bytes, StandardCharsets.UTF_8);
        } else if (payload instanceof Buffer buffer) {
            json = buffer.toString(StandardCharsets.UTF_8);
        } else if (payload instanceof String text) {
            json = text;
        } else {
            throw new IllegalArgumentException("not a JSON object: " + (payload == null ? "null" : payload.getClass()));
        }
        return mapper.readValue(json, ModerationDecision.class);
    }
}
