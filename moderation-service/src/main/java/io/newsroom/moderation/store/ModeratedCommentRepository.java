package io.newsroom.moderation.store;

import io.newsroom.moderation.decision.CommentStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ModeratedCommentRepository implements PanacheRepositoryBase<ModeratedComment, UUID> {

    public Optional<ModeratedComment> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
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

    /**
     * Comments due for an Akismet check that no other replica is claiming right now (locked until the caller's
     * transaction ends; the claim itself is the lease the caller writes).
     */
    @SuppressWarnings("unchecked")
    public List<UUID> dueForCheck(Instant now, int limit) {
        return getEntityManager().createNativeQuery(
                        "select id from moderated_comment where awaiting_check and next_check_at <= :now "
                                + "order by next_check_at, received_at limit :limit for update skip locked", UUID.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList();
    }
}
