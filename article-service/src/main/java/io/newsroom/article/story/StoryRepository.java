package io.newsroom.article.story;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsroom.article.publishing.StoryStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class StoryRepository implements PanacheRepositoryBase<Story, UUID> {

    private static final String SUMMARY = "select new io.newsroom.article.story.StorySummaryRow("
            + "s.id, s.slug, s.title, s.summary, s.tags, s.authorName, s.status, s.publishedAt, s.updatedAt, s.commentCount) "
            + "from Story s ";

    public Optional<Story> byIdOrSlug(String idOrSlug) {
        UUID id = parseUuid(idOrSlug);
        return id != null ? findByIdOptional(id) : find("slug", idOrSlug).firstResultOptional();
    }

    /** Slugs equal to base or base-N, to pick a free one. */
    public Set<String> slugsLike(String base, UUID except) {
        List<String> slugs = getEntityManager()
                .createQuery("select s.slug from Story s where (s.slug = :base or s.slug like :prefix) and s.id <> :except", String.class)
                .setParameter("base", base)
                .setParameter("prefix", base.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "-%")
                .setParameter("except", except)
                .getResultList();
        return new HashSet<>(slugs);
    }

    /** Newest first, the id breaking ties so pages never overlap. */
    public List<StorySummaryRow> page(StoryStatus status, String tag, int page, int size) {
        String where = tag == null ? "where s.status = :status " : "where s.status = :status and array_contains(s.tags, :tag) ";
        String order = status == StoryStatus.PUBLISHED ? "order by s.publishedAt desc, s.id" : "order by s.updatedAt desc, s.id";
        var query = getEntityManager().createQuery(SUMMARY + where + order, StorySummaryRow.class)
                .setParameter("status", status)
                .setFirstResult(page * size)
                .setMaxResults(size);
        if (tag != null) {
            query.setParameter("tag", tag);
        }
        return query.getResultList();
    }

    public long countPage(StoryStatus status, String tag) {
        return tag == null
                ? count("status = :status", Parameters.with("status", status))
                : count("status = :status and array_contains(tags, :tag)", Parameters.with("status", status).and("tag", tag));
    }

    public void addToCommentCount(UUID storyId, int delta) {
        getEntityManager().createNativeQuery("update story set comment_count = comment_count + ?1 where id = ?2")
                .setParameter(1, delta)
                .setParameter(2, storyId)
                .executeUpdate();
    }

    static UUID parseUuid(String value) {
        if (value == null || value.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
