package io.newsroom.comment.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.newsroom.comment.article.ArticleView;
import io.newsroom.comment.config.CommentConfig;
import io.newsroom.comment.events.Outbox;
import io.newsroom.comment.problem.ProblemException;
import io.newsroom.comment.problem.ProblemType;
import io.newsroom.comment.problem.Violation;
import io.newsroom.comment.store.Comment;
import io.newsroom.comment.store.CommentRepository;
import io.newsroom.comment.store.CommentStatus;

/**
 * The database half of taking a reply: thread, duplicate and flood checks, then one insert and
 * one outbox row in a single transaction. Any refusal rolls back, so nothing is stored.
 */
@ApplicationScoped
public class CommentWriter {

    /** comment-service's own kinds of problem (docs/contracts.md, "Errors"). */
    static final ProblemType DUPLICATE = new ProblemType(409, "duplicate", "Duplicate comment");
    static final ProblemType FLOOD = new ProblemType(429, "flood", "Too many comments");

    @Inject
    CommentRepository comments;
    @Inject
    Outbox outbox;
    @Inject
    CommentConfig config;

    @Transactional
    StoredComment write(ArticleView article, CommentRequest request, Author author, ClientInfo client,
            String honeypotValue) {
        // Replies that share any key the checks below count are serialised until this transaction ends, so two
        // parallel posts cannot both pass the duplicate and flood checks (see FloodKeys for the keys and order).
        // One round trip for all of them: a select list is evaluated left to right, so the global order holds.
        List<Long> locks = FloodKeys.lockIds(author, client.ip());
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < locks.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("pg_advisory_xact_lock(:lock").append(i).append(")");
        }
        var lockQuery = locks.isEmpty() ? null : comments.getEntityManager().createNativeQuery(sql.toString());
        for (int i = 0; lockQuery != null && i < locks.size(); i++) {
            lockQuery.setParameter("lock" + i, locks.get(i));
        }
        if (!locks.isEmpty()) {
            lockQuery.getResultList();
        }

        Comment parent = request.parentId() == null ? null : parent(article, request.parentId());

        if (comments.duplicateExists(article.id(), author.email(), author.subject(), request.content())) {
            throw new ProblemException(DUPLICATE, "It looks as though you have already said that.");
        }
        Instant now = Instant.now();
        Optional<Instant> last = comments.latestSince(now.minus(config.floodInterval()), author.email(), client.ip(),
                author.subject());
        if (last.isPresent()) {
            Duration wait = Duration.between(now, last.get().plus(config.floodInterval()));
            throw new ProblemException(FLOOD, "You are posting comments too quickly. Slow down.", null,
                    wait.isNegative() ? Duration.ofSeconds(1) : wait);
        }

        Comment c = new Comment();
        c.id = UUID.randomUUID();
        c.articleId = article.id();
        c.parentId = parent == null ? null : parent.id;
        c.rootId = parent == null ? c.id : parent.rootId;
        c.depth = parent == null ? 1 : parent.depth + 1;
        c.commentType = parent == null ? Comment.TYPE_COMMENT : Comment.TYPE_REPLY;
        c.status = CommentStatus.PENDING;
        c.statusSeq = 1;
        c.authorName = author.name().trim();
        c.authorEmail = author.email().trim();
        c.authorUrl = blankToNull(author.url());
        c.authorSubject = author.subject();
        c.authorRoles = author.roles().isEmpty() ? null : String.join(",", author.roles());
        c.content = request.content();
        c.userIp = client.ip();
        c.userAgent = truncate(client.userAgent(), 1000);
        c.referrer = truncate(client.referrer(), 2000);
        c.permalink = article.permalink();
        c.articlePublishedAt = article.publishedAt();
        c.articleModifiedAt = article.updatedAt() != null ? article.updatedAt() : article.publishedAt();
        c.articleTags = article.tags() == null || article.tags().isEmpty() ? null : String.join(",", article.tags());
        // the form always has the field: Akismet is told its name, and that it was left empty (value null)
        c.honeypotField = config.honeypotField();
        c.honeypotValue = honeypotValue == null ? null : truncate(honeypotValue, 1000);
        String token = StatusTokens.newToken();
        c.statusTokenHash = StatusTokens.hash(token);
        c.createdAt = now;
        c.updatedAt = now;
        comments.persist(c);
        outbox.submitted(c, false);
        return new StoredComment(c.id, token);
    }

    private Comment parent(ArticleView article, UUID parentId) {
        Comment parent = comments.findById(parentId);
        if (parent == null || !parent.articleId.equals(article.id())) {
            throw ProblemException.invalid("parentId", "is not a comment of this story");
        }
        if (parent.status != CommentStatus.APPROVED) {
            throw ProblemException.invalid("parentId", "can only be an approved comment");
        }
        Violation tooDeep = CommentRules.depthProblem(parent.depth, config.maxDepth());
        if (tooDeep != null) {
            throw ProblemException.invalid(java.util.List.of(tooDeep));
        }
        return parent;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String truncate(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }
}
