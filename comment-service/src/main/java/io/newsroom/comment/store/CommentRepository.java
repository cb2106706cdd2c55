package io.newsroom.comment.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CommentRepository implements PanacheRepositoryBase<Comment, UUID> {

    public Optional<Comment> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The same author (a logged-in subject, or an anonymous email) already said exactly this on the story. Found
     * through comment_duplicate_idx (story, hash of the text): only comments with the same text are read.
     */
    public boolean duplicateExists(UUID articleId, String email, String subject, String content) {
        var query = getEntityManager().createNativeQuery("select 1 from comment c where c.article_id = :article"
                + " and md5(c.content) = md5(:content) and c.content = :content and c.deleted = false and ("
                + (subject != null ? "c.author_subject = :subject"
                        : email != null ? "c.author_subject is null and lower(c.author_email) = lower(:email)" : "1 = 0")
                + ") limit 1")
                .setParameter("article", articleId).setParameter("content", content);
        if (subject != null) {
            query.setParameter("subject", subject);
        } else if (email != null) {
            query.setParameter("email", email);
        }
        return !query.getResultList().isEmpty();
    }

    /**
     * Newest comment time since the given instant of the same author: a logged-in reader's subject, or an anonymous
     * reader's email or IP among anonymous replies. One range read per key on its (key, created_at) index, never an
     * OR across keys that the planner may answer by reading every recent comment.
     */
    public Optional<Instant> latestSince(Instant since, String email, String ip, String subject) {
        List<String> keys = new ArrayList<>();
        if (subject != null) {
            keys.add("(select max(created_at) from comment where author_subject = :subject and created_at > :since)");
        } else {
            if (email != null) {
                keys.add("(select max(created_at) from comment where lower(author_email) = lower(:email)"
                        + " and author_subject is null and created_at > :since)");
            }
            if (ip != null) {
                keys.add("(select max(created_at) from comment where user_ip = :ip"
                        + " and author_subject is null and created_at > :since)");
            }
        }
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        var query = getEntityManager().createNativeQuery(
                "select " + (keys.size() == 1 ? keys.get(0) : "greatest(" + String.join(", ", keys) + ")"));
        query.setParameter("since", since);
        if (subject != null) {
            query.setParameter("subject", subject);
        } else {
            if (email != null) {
                query.setParameter("email", email);
            }
            if (ip != null) {
                query.setParameter("ip", ip);
            }
        }
        return Optional.ofNullable(toInstant(query.getSingleResult()));
    }

    private static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected time type " + value.getClass());
    }

    public List<Comment> byEmail(String email) {
        return list("lower(authorEmail) = lower(?1) order by createdAt", email);
    }
}
