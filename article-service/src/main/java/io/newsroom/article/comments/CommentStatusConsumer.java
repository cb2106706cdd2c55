package io.newsroom.article.comments;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.rabbitmq.RabbitMQRejectMetadata;
import io.vertx.core.json.JsonObject;

/**
 * Keeps each story's approved-comment count from comment.status-changed. The message is acknowledged only
 * after the transaction commits; one from anyone but comment-service, or a malformed one, goes to the dead-letter
 * queue; anything else (the database away) is requeued, so the event is redelivered until handled.
 */
@ApplicationScoped
public class CommentStatusConsumer {

    private static final Logger LOG = Logger.getLogger(CommentStatusConsumer.class);

    @Inject
    CommentCountService counts;
    @Inject
    ProducerCheck producers;

    @Incoming("comment-status-changed")
    @Blocking
    public CompletionStage<Void> onStatusChanged(Message<?> message) {
        if (!producers.fromProducer(message)) {
            return message.nack(new IllegalStateException("comment.status-changed not from its producer"),
                    Metadata.of(new RabbitMQRejectMetadata(false)));
        }
        CommentStatusChanged event;
        try {
            event = json(message.getPayload()).mapTo(CommentStatusChanged.class);
        } catch (RuntimeException e) {
            event = null;
        }
        if (event == null || !event.isComplete()) {
            LOG.warnf("Dead-lettering a malformed comment.status-changed event");
            return message.nack(new IllegalArgumentException("malformed comment.status-changed"),
                    Metadata.of(new RabbitMQRejectMetadata(false)));
        }
        try {
            counts.apply(event);
        } catch (RuntimeException e) {
            // Thrown out of here, the exception would end the channel for good (readiness DOWN until a restart);
            // the database being away is a reason to try the event again, not to stop consuming.
            LOG.warnf("comment.status-changed for %s not applied, requeued: %s", event.commentId(), e.toString());
            return message.nack(e, Metadata.of(new RabbitMQRejectMetadata(true)));
        }
        return message.ack();
    }

    /** The connector hands JSON over as a JsonObject when the content type says so, as bytes otherwise. */
    static JsonObject json(Object payload) {
        if (payload instanceof JsonObject object) {
            return object;
        }
        if (payload instanceof byte[] bytes) {
            return new JsonObject(io.vertx.core.buffer.Buffer.buffer(bytes));
        }
        if (payload instanceof io.vertx.core.buffer.Buffer buffer) {
            return new JsonObject(buffer);
        }
        return new JsonObject(String.valueOf(payload));
    }
}
