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

    /** The same author (a logged-in subject, or an anonymous email) already said exactly this on the story. */
    public boolean duplicateExists(UUID articleId, String email, String subject, String content) {
        Parameters params = Parameters.with("article", articleId).and("content", content);
        String who = authorClause(email, null, subject, params);
        return count("from Comment c where c.articleId = :article and c.content = :content and c.deleted = false and ("
                + who + ")", params) > 0;
    }

    /**
     * Newest comment time since the given instant of the same author: a logged-in reader's subject, or an anonymous
     * reader's email or IP among anonymous replies.
     */
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

    /**
     * Who counts as the same author, the keys FloodKeys locks: a logged-in reader is their subject alone (an email
     * anyone can type must not lock them out, nor an IP a newsroom shares); an anonymous reader is their email or
     * their IP, among anonymous replies only (logged-in readers in the same office must not lock them out either).
     */
    private static String authorClause(String email, String ip, String subject, Parameters params) {
        if (subject != null) {
            params.and("subject", subject);
            return "c.authorSubject = :subject";
        }
        List<String> keys = new ArrayList<>();
        if (email != null) {
            keys.add("lower(c.authorEmail) = lower(:email)");
            params.and("email", email);
        }
        if (ip != null) {
            keys.add("c.userIp = :ip");
            params.and("ip", ip);
        }
        return keys.isEmpty() ? "1 = 0" : "c.authorSubject is null and (" + String.join(" or ", keys) + ")";
    }
}
