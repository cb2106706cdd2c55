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

    public boolean authorHasApprovedComment(String email, UUID except) {
        if (email == null || email.isBlank()) {
            return false;
        }
        return count("lower(authorEmail) = ?1 and status = ?2 and id <> ?3",
                email.toLowerCase(Locale.ROOT), CommentStatus.APPROVED, except) > 0;
    }

    public List<UUID> dueForCheck(Instant now, int limit) {
        return getEntityManager().createQuery(
                        "select c.id from ModeratedComment c where c.awaitingCheck = true and c.nextCheckAt <= :now "
                                + "order by c.nextCheckAt, c.receivedAt", UUID.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }
}
