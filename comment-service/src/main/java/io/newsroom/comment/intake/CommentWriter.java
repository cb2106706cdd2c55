package io.newsroom.comment.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.newsroom.comment.article.ArticleView;
import io.newsroom.comment.config.CommentConfig;
import io.newsroom.comment.events.Outbox;
import io.newsroom.comment.events.OutboxEvent;
import io.newsroom.comment.problem.ProblemException;
import io.newsroom.comment.problem.ProblemType;
import io.newsroom.comment.problem.Violation;
import io.newsroom.comment.store.Comment;
import io.newsroom.comment.store.CommentStatus;
import io.newsroom.comment.store.SecureIds;

/**
 * The database half of taking a reply: thread, duplicate and flood checks, then the comment and its outbox row, in
 * one transaction. Plain JDBC, because this is the hottest write of the service and the ORM's session, flush and
 * dirty checking were most of its cost (issue 11's profile): the whole reply is two statements and a commit.
 * <ol>
 * <li>the advisory locks of the reply's flood keys ({@link FloodKeys}), so that two replies sharing a key are
 * serialised until the first commits: neither can pass the checks on a snapshot without the other;</li>
 * <li>one statement that makes both checks and, only if both pass, inserts the comment and its
 * {@code comment.submitted} outbox row (a data-modifying WITH: the same snapshot, taken after the locks, for the
 * checks and the inserts), and says which check refused, if one did.</li>
 * </ol>
 * A refusal rolls back, so nothing is stored. Each check is an index range read, whatever the story's or the
 * person's history: the duplicate by the hash of the text on the story (comment_duplicate_idx), the flood by
 * each key's comments of the last interval (comment_email_idx, comment_ip_idx, comment_subject_idx).
 */
@ApplicationScoped
public class CommentWriter {

    /** comment-service's own kinds of problem (docs/contracts.md, "Errors"). */
    static final ProblemType DUPLICATE = new ProblemType(409, "duplicate", "Duplicate comment");
    static final ProblemType FLOOD = new ProblemType(429, "flood", "Too many comments");

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Outbox outbox;
    @Inject
    CommentConfig config;

    // Read once: the config mapping is cheap, but nothing on the hot path needs to ask twice.
    private Duration floodInterval;
    private String honeypotField;
    private int maxDepth;

    @PostConstruct
    void init() {
        floodInterval = config.floodInterval();
        honeypotField = config.honeypotField();
        maxDepth = config.maxDepth();
    }

    StoredComment write(ArticleView article, CommentRequest request, Author author, ClientInfo client,
            String honeypotValue) {
        Instant now = Instant.now();
        List<Long> locks = FloodKeys.lockIds(author, client.ip());
        // Everything that needs no database is made before a connection is taken: it is held only for the SQL.
        Comment c = comment(article, request, author, client, honeypotValue, now);
        String token = StatusTokens.newToken();
        c.statusTokenHash = StatusTokens.hash(token);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                lock(connection, locks);
                if (request.parentId() != null) {
                    placeUnder(c, parent(connection, article, request.parentId()));
                }
                insertIfAllowed(connection, c, author, now);
                connection.commit();
                // After the commit, as the ORM's transaction did: the relay publishes what was just written.
                outbox.written();
                return new StoredComment(c.id, token);
            } catch (RuntimeException | SQLException e) {
                rollback(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            // ProblemMapper makes a connection failure a 503 (it looks at the cause) and anything else a 500.
            throw new IllegalStateException("Could not store the reply: " + e.getMessage(), e);
        }
    }

    private static void rollback(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** The locks of every key, in one round trip: a select list is evaluated left to right, so the order holds. */
    private static void lock(Connection connection, List<Long> locks) throws SQLException {
        if (locks.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(LOCK_SQL[Math.min(locks.size(), LOCK_SQL.length - 1)])) {
            for (int i = 0; i < locks.size(); i++) {
                statement.setLong(i + 1, locks.get(i));
            }
            statement.executeQuery().close();
        }
    }

    private static final String[] LOCK_SQL = {null, "select pg_advisory_xact_lock(?)",
        "select pg_advisory_xact_lock(?), pg_advisory_xact_lock(?)"};

    private record Parent(UUID id, UUID rootId, int depth) {
    }

    private Parent parent(Connection connection, ArticleView article, UUID parentId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select article_id, status, depth, root_id from comment where id = ?")) {
            statement.setObject(1, parentId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next() || !article.id().equals(row.getObject(1, UUID.class))) {
                    throw ProblemException.invalid("parentId", "is not a comment of this story");
                }
                if (!CommentStatus.APPROVED.name().equals(row.getString(2))) {
                    throw ProblemException.invalid("parentId", "can only be an approved comment");
                }
                int depth = row.getInt(3);
                Violation tooDeep = CommentRules.depthProblem(depth, maxDepth);
                if (tooDeep != null) {
                    throw ProblemException.invalid(List.of(tooDeep));
                }
                return new Parent(parentId, row.getObject(4, UUID.class), depth);
            }
        }
    }

    /** A new comment at the top of the story's thread; {@link #placeUnder} moves it under its parent. */
    private Comment comment(ArticleView article, CommentRequest request, Author author, ClientInfo client,
            String honeypotValue, Instant now) {
        Comment c = new Comment();
        c.id = SecureIds.uuid();
        c.articleId = article.id();
        c.rootId = c.id;
        c.depth = 1;
        c.commentType = Comment.TYPE_COMMENT;
        c.status = CommentStatus.PENDING;
        c.statusSeq = 1;
        c.authorName = author.name().trim();
        c.authorEmail = author.email() == null ? null : author.email().trim();
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
        c.honeypotField = honeypotField;
        c.honeypotValue = honeypotValue == null ? null : truncate(honeypotValue, 1000);
        c.createdAt = now;
        c.updatedAt = now;
        c.lastSubmittedAt = now;
        return c;
    }

    private static void placeUnder(Comment c, Parent parent) {
        c.parentId = parent.id();
        c.rootId = parent.rootId();
        c.depth = parent.depth() + 1;
        c.commentType = Comment.TYPE_REPLY;
    }

    /** Both checks and, if they pass, both inserts: one statement, one snapshot (taken after the locks). */
    private void insertIfAllowed(Connection connection, Comment c, Author author, Instant now) throws SQLException {
        OutboxEvent event = outbox.submittedRow(c);
        boolean subject = author.subject() != null;
        boolean byEmail = !subject && c.authorEmail != null;
        boolean byIp = !subject && c.userIp != null;
        OffsetDateTime at = utc(now);
        try (PreparedStatement statement = connection.prepareStatement(insertSql(subject, byEmail, byIp))) {
            int i = 0;
            // the duplicate check
            statement.setObject(++i, c.articleId);
            statement.setString(++i, c.content);
            statement.setString(++i, c.content);
            if (subject) {
                statement.setString(++i, c.authorSubject);
            } else if (byEmail) {
                statement.setString(++i, c.authorEmail);
            }
            // the flood check
            OffsetDateTime since = utc(now.minus(floodInterval));
            if (subject) {
                statement.setString(++i, c.authorSubject);
                statement.setObject(++i, since);
            }
            if (byEmail) {
                statement.setString(++i, c.authorEmail);
                statement.setObject(++i, since);
            }
            if (byIp) {
                statement.setString(++i, c.userIp);
                statement.setObject(++i, since);
            }
            // the comment
            statement.setObject(++i, c.id);
            statement.setObject(++i, c.articleId);
            statement.setObject(++i, c.parentId, Types.OTHER);
            statement.setObject(++i, c.rootId);
            statement.setInt(++i, c.depth);
            statement.setString(++i, c.status.name());
            statement.setString(++i, c.commentType);
            statement.setString(++i, c.authorName);
            statement.setString(++i, c.authorEmail);
            statement.setString(++i, c.authorUrl);
            statement.setString(++i, c.authorSubject);
            statement.setString(++i, c.authorRoles);
            statement.setString(++i, c.content);
            statement.setString(++i, c.userIp);
            statement.setString(++i, c.userAgent);
            statement.setString(++i, c.referrer);
            statement.setString(++i, c.permalink);
            statement.setObject(++i, c.articlePublishedAt == null ? null : utc(c.articlePublishedAt), Types.TIMESTAMP_WITH_TIMEZONE);
            statement.setObject(++i, c.articleModifiedAt == null ? null : utc(c.articleModifiedAt), Types.TIMESTAMP_WITH_TIMEZONE);
            statement.setString(++i, c.articleTags);
            statement.setString(++i, c.honeypotField);
            statement.setString(++i, c.honeypotValue);
            statement.setString(++i, c.statusTokenHash);
            statement.setInt(++i, c.statusSeq);
            statement.setObject(++i, at);
            // its outbox row
            statement.setObject(++i, event.id);
            statement.setString(++i, event.eventType);
            statement.setString(++i, event.payload);
            statement.setObject(++i, utc(event.createdAt));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                if (row.getBoolean(1)) {
                    throw new ProblemException(DUPLICATE, "It looks as though you have already said that.");
                }
                OffsetDateTime last = row.getObject(2, OffsetDateTime.class);
                if (last != null) {
                    Duration wait = Duration.between(now, last.toInstant().plus(floodInterval));
                    throw new ProblemException(FLOOD, "You are posting comments too quickly. Slow down.", null,
                            wait.isNegative() ? Duration.ofSeconds(1) : wait);
                }
                if (row.getInt(3) != 1) {
                    throw new IllegalStateException("The reply passed its checks but was not stored");
                }
            }
        }
    }

    /** The statement for each kind of author (8 texts at most, so each is prepared once per connection). */
    private static final String[] INSERT_SQL = new String[8];

    static String insertSql(boolean subject, boolean byEmail, boolean byIp) {
        int key = (subject ? 4 : 0) | (byEmail ? 2 : 0) | (byIp ? 1 : 0);
        String sql = INSERT_SQL[key];
        if (sql == null) {
            sql = buildInsertSql(subject, byEmail, byIp);
            INSERT_SQL[key] = sql;
        }
        return sql;
    }

    private static String buildInsertSql(boolean subject, boolean byEmail, boolean byIp) {
        String author = subject ? "d.author_subject = ?"
                : byEmail ? "d.author_subject is null and lower(d.author_email) = lower(?)" : "1 = 0";
        List<String> flood = new java.util.ArrayList<>();
        // One range read per key on its (key, created_at) index, never an OR across keys that the planner may
        // answer by reading every recent comment.
        if (subject) {
            flood.add("(select max(created_at) from comment where author_subject = ? and created_at > ?::timestamptz)");
        }
        if (byEmail) {
            flood.add("(select max(created_at) from comment where lower(author_email) = lower(?)"
                    + " and author_subject is null and created_at > ?::timestamptz)");
        }
        if (byIp) {
            flood.add("(select max(created_at) from comment where user_ip = ?"
                    + " and author_subject is null and created_at > ?::timestamptz)");
        }
        String last = flood.isEmpty() ? "null::timestamptz" : flood.size() == 1 ? flood.get(0)
                : "greatest(" + String.join(", ", flood) + ")";
        return "with refusal as (select"
                // The story's comments with this text, by comment_duplicate_idx alone: "offset 0" keeps the author's
                // condition out of that scan, or the planner may go by the author's index and read their history.
                + " exists (select 1 from (select d.content, d.author_subject, d.author_email from comment d"
                + " where d.article_id = ?::uuid and md5(d.content) = md5(?) and d.deleted = false offset 0) d"
                + " where d.content = ? and (" + author + ")) as duplicate, "
                + last + " as last_at),"
                + " stored as (insert into comment (id, article_id, parent_id, root_id, depth, status, comment_type,"
                + " author_name, author_email, author_url, author_subject, author_roles, content, user_ip, user_agent,"
                + " referrer, permalink, article_published_at, article_modified_at, article_tags, honeypot_field,"
                + " honeypot_value, status_token_hash, decision_seq, status_seq, deleted, created_at, updated_at,"
                + " last_submitted_at)"
                + " select ?::uuid, ?::uuid, ?::uuid, ?::uuid, ?::int, ?::varchar, ?::varchar, ?::varchar, ?::varchar,"
                + " ?::varchar, ?::varchar, ?::varchar, ?::text, ?::varchar, ?::varchar, ?::varchar, ?::varchar,"
                + " ?::timestamptz, ?::timestamptz, ?::varchar, ?::varchar, ?::varchar, ?::varchar, 0, ?::int, false,"
                + " t.at, t.at, t.at"
                + " from refusal, (select ?::timestamptz as at) t where not refusal.duplicate and refusal.last_at is null"
                + " returning id),"
                + " announced as (insert into outbox_event (id, comment_id, event_type, payload, created_at, attempts)"
                + " select ?::uuid, stored.id, ?::varchar, ?::text, ?::timestamptz, 0 from stored returning 1)"
                + " select refusal.duplicate, refusal.last_at, (select count(*) from announced) from refusal";
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String truncate(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }
}
