package io.newsroom.comment.events;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, UUID> {

    /** The oldest events no other replica is publishing, locked until the caller's transaction ends. */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public List<OutboxEvent> claimOldest(int limit) {
        return getEntityManager().createNativeQuery(
                "select * from outbox_event order by created_at limit :limit for update skip locked", OutboxEvent.class)
                .setParameter("limit", limit).getResultList();
    }

    /** Events the broker did not take this time: counted, to tell a stuck event from a new one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void countAttempt(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            update("attempts = attempts + 1 where id in ?1", ids);
        }
    }

    /**
     * The broker confirmed these events: they are done, and their copies of personal data go with them. One
     * transaction for a batch of confirms, not one per event: at a few thousand replies a second the per-event
     * commits were most of the relay's cost.
     */
    @Transactional
    public void confirm(Collection<UUID> ids, Collection<UUID> submittedComments) {
        if (!ids.isEmpty()) {
            delete("id in ?1", ids);
        }
        if (!submittedComments.isEmpty()) {
            getEntityManager().createQuery("update Comment c set c.lastSubmittedAt = :now where c.id in :ids")
                    .setParameter("now", Instant.now()).setParameter("ids", submittedComments).executeUpdate();
        }
    }

    public long unconfirmedFor(UUID commentId, String eventType) {
        return count("commentId = ?1 and eventType = ?2", commentId, eventType);
    }
}
