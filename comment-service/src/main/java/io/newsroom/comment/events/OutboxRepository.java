package io.newsroom.comment.events;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, UUID> {

    /** Oldest unconfirmed events, leaving out those already handed to the broker. */
    @Transactional
    public List<OutboxEvent> oldest(int limit, Collection<UUID> inFlight) {
        var query = inFlight.isEmpty()
                ? findAll(Sort.by("createdAt"))
                : find("id not in ?1", Sort.by("createdAt"), inFlight);
        List<OutboxEvent> rows = query.page(Page.ofSize(limit)).list();
        rows.forEach(row -> row.attempts++);
        return rows;
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
