package io.newsroom.comment.thread;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.newsroom.comment.article.StoryCheck;
import io.newsroom.comment.problem.ProblemException;

/**
 * The public read path: two indexed queries per page whatever its size (the counts, then the
 * page's threads with all their replies), never one per comment. Comments are public only while
 * their story is: article-service is asked through the same short cache as replies are.
 */
@ApplicationScoped
public class ThreadService {

    private static final String COLUMNS = "c.id, c.parent_id, c.depth, c.author_name, c.author_url, c.content,"
            + " c.created_at, c.deleted";

    @Inject
    EntityManager em;
    @Inject
    StoryCheck stories;

    public ThreadPage page(UUID articleId, int page, int size, boolean newestFirst) {
        stories.publishedStory(articleId);
        Object[] counts = (Object[]) em.createNativeQuery(
                "select count(*), count(*) filter (where parent_id is null) from comment"
                        + " where article_id = :article and status = 'APPROVED'")
                .setParameter("article", articleId).getSingleResult();
        long total = ((Number) counts[0]).longValue();
        long threads = ((Number) counts[1]).longValue();

        String dir = newestFirst ? "desc" : "asc";
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery(
                "with roots as (select id, created_at from comment"
                        + " where article_id = :article and status = 'APPROVED' and parent_id is null"
                        + " order by created_at " + dir + ", id " + dir + " limit :size offset :offset)"
                        + " select " + COLUMNS + ", c.root_id from comment c join roots r on c.root_id = r.id"
                        + " where c.status = 'APPROVED'"
                        + " order by r.created_at " + dir + ", r.id " + dir + ", c.created_at, c.id")
                .setParameter("article", articleId)
                .setParameter("size", size)
                .setParameter("offset", (long) page * size)
                .getResultList();
        Set<UUID> rootOrder = new LinkedHashSet<>();
        List<ThreadAssembler.Row> rows = new ArrayList<>(result.size());
        for (Object[] r : result) {
            rows.add(row(r));
            rootOrder.add((UUID) r[8]);
        }
        int totalPages = (int) ((threads + size - 1) / size);
        return new ThreadPage(articleId, total, threads, page, size, totalPages, newestFirst ? "newest" : "oldest",
                ThreadAssembler.assemble(List.copyOf(rootOrder), rows));
    }

    public CommentView one(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery("select " + COLUMNS + ", c.article_id from comment c"
                + " where c.id = :id and c.status = 'APPROVED'")
                .setParameter("id", id).getResultList();
        if (result.isEmpty()) {
            throw ProblemException.notFound("No published comment with id " + id + ".");
        }
        try {
            stories.publishedStory((UUID) result.get(0)[8]);
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw ProblemException.notFound("No published comment with id " + id + ".");
            }
            throw e;
        }
        // A lone comment is shown without its replies; the story's thread view has those.
        return ThreadAssembler.single(row(result.get(0)));
    }

    private static ThreadAssembler.Row row(Object[] r) {
        return new ThreadAssembler.Row((UUID) r[0], (UUID) r[1], ((Number) r[2]).intValue(), (String) r[3],
                (String) r[4], (String) r[5], instant(r[6]), Boolean.TRUE.equals(r[7]));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected time type " + value);
    }
}
