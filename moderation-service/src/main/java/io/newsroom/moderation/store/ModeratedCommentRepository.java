package io.newsroom.moderation.store;

import io.newsroom.moderation.decision.CommentStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ModeratedCommentRepository implements PanacheRepositoryBase<ModeratedComment, UUID> {

    public Optional<ModeratedComment> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** These comments (those that exist), in one query. */
    public Map<UUID, ModeratedComment> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", ids).stream().collect(Collectors.toMap(c -> c.id, c -> c));
    }

    /** These comments, locked for the caller's transaction, in one query; the ones that are gone are missing. */
    public Map<UUID, ModeratedComment> lockAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // in id order, as every batch locks them, so two batches over the same comments cannot deadlock
        return find("id in ?1 order by id", ids).withLock(LockModeType.PESSIMISTIC_WRITE).list().stream()
                .collect(Collectors.toMap(c -> c.id, c -> c));
    }

    /**
     * Whether this author has another approved comment, after WordPress' {@code check_comment}: a logged-in author
     * by their Keycloak subject; an anonymous one by email and name together, among anonymous comments only, so an
     * email typed into the form never borrows a registered reader's standing.
     */
    public boolean authorHasApprovedComment(ModeratedComment c) {
        if (c.loggedIn()) {
            return count("authorSubject = ?1 and status = ?2 and id <> ?3", c.authorSubject, CommentStatus.APPROVED, c.id) > 0;
        }
        if (c.authorEmail == null || c.authorEmail.isBlank() || c.authorName == null || c.authorName.isBlank()) {
            return false;
        }
        return count("lower(authorEmail) = ?1 and lower(authorName) = ?2 and authorSubject is null and status = ?3 "
                        + "and id <> ?4", c.authorEmail.trim().toLowerCase(Locale.ROOT),
                c.authorName.trim().toLowerCase(Locale.ROOT), CommentStatus.APPROVED, c.id) > 0;
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> leaseDue(Instant now, Instant leaseUntil, int limit) {
        // One round trip claims a whole batch: the due rows no other replica holds, leased until leaseUntil, with
        // what is to be sent to Akismet.
        return getEntityManager().createNativeQuery(
                        "update moderated_comment set next_check_at = :lease where id in (select id from moderated_comment "
                                + "where awaiting_check and next_check_at <= :now order by next_check_at, received_at "
                                + "limit :limit for update skip locked) returning id, as_submitted, recheck_reason")
                .setParameter("now", now).setParameter("lease", leaseUntil).setParameter("limit", limit).getResultList();
    }

    /**
     * Comments due for an Akismet check that no other replica is claiming right now (locked until the caller's
     * transaction ends).
     */
    @SuppressWarnings("unchecked")
    public List<UUID> dueForCheck(Instant now, int limit) {
        return getEntityManager().createNativeQuery(
                        "select id from moderated_comment where awaiting_check and next_check_at <= :now "
                                + "order by next_check_at, received_at limit :limit for update skip locked", UUID.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList();
    }
}
