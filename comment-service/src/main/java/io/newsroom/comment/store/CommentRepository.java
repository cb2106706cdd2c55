package io.newsroom.comment.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class CommentRepository implements PanacheRepositoryBase<Comment, UUID> {

    public Optional<Comment> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The same author (email or logged-in subject) already said exactly this on the story. */
    public boolean duplicateExists(UUID articleId, String email, String subject, String content) {
        Parameters params = Parameters.with("article", articleId).and("content", content);
        String who = authorClause(email, null, subject, params);
        return count("from Comment c where c.articleId = :article and c.content = :content and c.deleted = false and ("
                + who + ")", params) > 0;
    }

    /** Newest comment time of anyone matching the flood keys since the given instant. */
    public Optional<Instant> latestSince(Instant since, String email, String ip, String subject) {
        Parameters params = Parameters.with("since", since);
        String who = authorClause(email, ip, subject, params);
        var query = getEntityManager().createQuery(
                "select max(c.createdAt) from Comment c where c.createdAt > :since and (" + who + ")", Instant.class);
        params.map().forEach(query::setParameter);
        return Optional.ofNullable(query.getSingleResult());
    }

    public List<Comment> byEmail(String email) {
        return list("lower(authorEmail) = lower(?1) order by createdAt", email);
    }

    private static String authorClause(String email, String ip, String subject, Parameters params) {
        List<String> keys = new ArrayList<>();
        if (email != null) {
            keys.add("lower(c.authorEmail) = lower(:email)");
            params.and("email", email);
        }
        if (ip != null) {
            // Only anonymous replies count against an address: staff and logged-in readers in the same
            // office must not lock the anonymous readers there out (they are keyed on their subject).
            keys.add("(c.userIp = :ip and c.authorSubject is null)");
            params.and("ip", ip);
        }
        if (subject != null) {
            keys.add("c.authorSubject = :subject");
            params.and("subject", subject);
        }
        return keys.isEmpty() ? "1 = 0" : String.join(" or ", keys);
    }
}
