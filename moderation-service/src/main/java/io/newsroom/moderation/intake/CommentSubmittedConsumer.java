package io.newsroom.moderation.intake;

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
 * comment.submitted in: acknowledged only after our transaction committed; a malformed event is rejected to the
 * dead-letter queue; a transient failure (database away) is requeued for redelivery.
 */
@ApplicationScoped
public class CommentSubmittedConsumer {
    private static final Logger LOG = Logger.getLogger(CommentSubmittedConsumer.class);

    @Inject
    IntakeBatcher intake;
    @Inject
    ObjectMapper mapper;
    @Inject
    BrokerIdentity broker;

    // Returns at once: the transaction runs for the events that arrived meanwhile together (IntakeBatcher), and
    // the stage completes after its commit. Unordered, so the events in flight are not taken one after another.
    @Incoming("comment-submitted")
    @Blocking(ordered = false)
    public CompletionStage<Void> consume(Message<Object> message) {
        if (!broker.fromCommentService(message)) {
            return message.nack(new IllegalStateException("comment.submitted not from comment-service"),
                    Metadata.of(new RabbitMQRejectMetadata(false)));
        }
        CommentSubmitted event;
        try {
            event = decode(message.getPayload());
        } catch (RuntimeException e) {
            LOG.warnf("malformed comment.submitted dead-lettered: %s", e.getMessage());
            return message.nack(e, Metadata.of(new RabbitMQRejectMetadata(false)));
        }
        String problem = event.problem();
        if (problem != null) {
            LOG.warnf("unusable comment.submitted dead-lettered: %s", problem);
            return message.nack(new IllegalArgumentException(problem), Metadata.of(new RabbitMQRejectMetadata(false)));
        }
        return intake.submit(event).handle((outcome, failure) -> {
            if (failure == null) {
                LOG.debugf("comment %s: %s", event.commentId(), outcome);
            } else {
                LOG.warnf("comment %s not taken in (%s); requeued", event.commentId(), failure.getMessage());
            }
            return failure;
        }).thenCompose(failure -> failure == null
                ? message.ack()
                : message.nack(failure, Metadata.of(new RabbitMQRejectMetadata(true))));
    }

    CommentSubmitted decode(Object payload) {
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
        // the application's ObjectMapper: it knows java.time and fails on wrong types
        return mapper.convertValue(json.getMap(), CommentSubmitted.class);
    }
}
