package io.newsroom.moderation.queue;

import io.newsroom.moderation.decision.CommentStatus;
import io.newsroom.moderation.decision.Input;
import io.newsroom.moderation.decision.ModerationAction;
import io.newsroom.moderation.decision.Outcome;
import io.newsroom.moderation.outcome.DecisionRunner;
import io.newsroom.moderation.problem.ProblemException;
import io.newsroom.moderation.store.HistoryEntry;
import io.newsroom.moderation.store.HistoryRepository;
import io.newsroom.moderation.store.ModeratedComment;
import io.newsroom.moderation.store.ModeratedCommentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The moderators' queue: listing, one comment in full, and the four actions with Akismet feedback. */
@ApplicationScoped
public class QueueService {
    /** The statuses a moderator works with; discarded comments are never shown, like spam is never public. */
    static final List<CommentStatus> QUEUE_STATUSES = List.of(CommentStatus.PENDING, CommentStatus.SPAM,
            CommentStatus.APPROVED, CommentStatus.TRASH);

    @Inject
    ModeratedCommentRepository comments;
    @Inject
    HistoryRepository history;
    @Inject
    DecisionRunner decisions;

    @Transactional
    public QueuePage list(CommentStatus status, String q, int page, int size) {
        StringBuilder where = new StringBuilder("c.status in :statuses");
        String like = null;
        if (q != null && !q.isBlank()) {
            like = "%" + q.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" and (lower(c.authorName) like :q or lower(c.authorEmail) like :q or lower(c.userIp) like :q"
                    + " or lower(c.authorUrl) like :q or lower(c.content) like :q)");
        }
        List<CommentStatus> statuses = status == null ? QUEUE_STATUSES : List.of(status);
        var em = comments.getEntityManager();
        TypedQuery<ModeratedComment> query = em.createQuery("select c from ModeratedComment c where " + where
                + " order by c.receivedAt desc, c.id", ModeratedComment.class);
        TypedQuery<Long> count = em.createQuery("select count(c) from ModeratedComment c where " + where, Long.class);
        query.setParameter("statuses", statuses);
        count.setParameter("statuses", statuses);
        if (like != null) {
            query.setParameter("q", like);
            count.setParameter("q", like);
        }
        List<ModeratedComment> found = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        Map<UUID, String> latest = latestHistory(found.stream().map(c -> c.id).toList());
        List<QueueItem> items = found.stream().map(c -> item(c, latest.get(c.id))).toList();
        return new QueuePage(status == null ? null : status.name(), q, page, size, count.getSingleResult(),
                counts(), items);
    }

    @Transactional
    public CommentDetail detail(UUID id) {
        ModeratedComment c = comments.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No comment " + id + "."));
        List<HistoryItem> lines = history.of(id).stream().map(QueueService::historyItem).toList();
        return new CommentDetail(c.id, c.articleId, c.parentId, c.permalink, c.commentType, c.authorName,
                c.authorEmail, c.authorUrl, c.userIp, c.userAgent, c.referrer, c.loggedIn(),
                c.authorRoles == null || c.authorRoles.isBlank() ? List.of() : Arrays.asList(c.authorRoles.split(",")),
                c.content, c.submittedAt, c.receivedAt, c.status.name(),
                c.decidedBy == null ? null : c.decidedBy.name(), c.decisionReason, c.decisionSeq, c.decidedAt,
                new CommentDetail.Akismet(name(c.akismetVerdict), c.akismetGuid, c.akismetProTip, name(c.reportedAs),
                        c.awaitingCheck, c.nextCheckAt, c.checkAttempts, c.unchecked, c.lastCheckError),
                lines);
    }

    /** One action on one comment, in its own transaction (so one bad id in a bulk request spoils nothing else). */
    @Transactional
    public ActionResult act(UUID id, ModerationAction action, String moderator) {
        ModeratedComment c = comments.lock(id).orElseThrow(() -> ProblemException.notFound("No comment " + id + "."));
        Outcome outcome = decisions.run(c, new Input.ModeratorActed(action, moderator));
        if (outcome.refusal().isPresent()) {
            throw ProblemException.conflict(outcome.refusal().get());
        }
        return new ActionResult(c.id, c.status.name(), c.decisionSeq, outcome.decision().isPresent(),
                outcome.feedback().isPresent());
    }

    Map<String, Long> counts() {
        Map<CommentStatus, Long> byStatus = new EnumMap<>(CommentStatus.class);
        comments.getEntityManager()
                .createQuery("select c.status, count(c) from ModeratedComment c group by c.status", Object[].class)
                .getResultList()
                .forEach(row -> byStatus.put((CommentStatus) row[0], (Long) row[1]));
        Map<String, Long> counts = new LinkedHashMap<>();
        for (CommentStatus s : QUEUE_STATUSES) {
            counts.put(s.name(), byStatus.getOrDefault(s, 0L));
        }
        return counts;
    }

    static QueueItem item(ModeratedComment c, String latestHistory) {
        return new QueueItem(c.id, c.articleId, c.parentId, c.permalink, c.authorName, c.authorEmail, c.authorUrl,
                c.userIp, c.content, c.status.name(), c.decidedBy == null ? null : c.decidedBy.name(),
                c.decisionReason, c.submittedAt, c.decidedAt, name(c.akismetVerdict), c.awaitingCheck, c.unchecked,
                latestHistory);
    }

    /** The newest history message of each comment of a page: one query for the page, not one per row. */
    private Map<UUID, String> latestHistory(List<UUID> ids) {
        Map<UUID, String> latest = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return latest;
        }
        history.getEntityManager()
                .createQuery("select h.commentId, h.message from HistoryEntry h where h.commentId in :ids"
                        + " order by h.at desc, h.lineNo desc", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> latest.putIfAbsent((UUID) row[0], (String) row[1]));
        return latest;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static HistoryItem historyItem(HistoryEntry e) {
        return new HistoryItem(e.at, e.actorType.name(), e.actor, e.event.name(), e.reason,
                e.status == null ? null : e.status.name(), e.message, e.akismetVerdict, e.akismetGuid, e.akismetProTip);
    }
}
