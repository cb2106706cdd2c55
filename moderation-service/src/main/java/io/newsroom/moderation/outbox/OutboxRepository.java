package io.newsroom.moderation.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The transactional outbox: events are rows first, messages after the transaction commits. */
@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, UUID> {

    @Inject
    ObjectMapper mapper;
    @Inject
    Event<OutboxWritten> written;

    public static final String MODERATED = "comment.moderated";

    public void add(CommentModerated event) {
        addEvent(MODERATED, event.commentId(), event);
    }

    /** {@code key}: the comment, or the privacy request, the event is about. */
    public void addEvent(String type, UUID key, Object event) {
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.randomUUID();
        row.commentId = key;
        row.eventType = type;
        row.createdAt = Instant.now();
        try {
            row.payload = mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + type, e);
        }
        persist(row);
        written.fire(new OutboxWritten());
    }

    /** The oldest events no other replica is publishing, locked until the caller's transaction ends. */
    @SuppressWarnings("unchecked")
    public List<OutboxEvent> claimOldest(int limit) {
        return getEntityManager().createNativeQuery(
                "select * from outbox_event order by created_at limit :limit for update skip locked", OutboxEvent.class)
                .setParameter("limit", limit).getResultList();
    }

    public void deleteAll(List<UUID> ids) {
        if (!ids.isEmpty()) {
            delete("id in ?1", ids);
        }
    }

    public void countAttempt(List<UUID> ids) {
        if (!ids.isEmpty()) {
            update("attempts = attempts + 1 where id in ?1", ids);
        }
    }
}
