package io.newsroom.comment.moderation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.newsroom.comment.events.Outbox;
import io.newsroom.comment.events.OutboxEvent;
import io.newsroom.comment.store.CommentStatus;
import io.newsroom.comment.thread.ThreadCache;

/**
 * Applies one decision, with the comment row locked so two decisions cannot interleave. Every reply gets one, so it
 * is plain JDBC like the intake (issue 11's profile: the ORM's load of the whole row, its flush of every column and
 * the JTA transaction were a fifth of comment-service's CPU under a load of replies): the lock reads only the
 * columns the rules need, and a change is one statement that updates the comment and writes its
 * {@code comment.status-changed} outbox row, in the same transaction.
 */
@ApplicationScoped
public class StatusApplier {

    private static final Logger LOG = Logger.getLogger(StatusApplier.class);

    public enum Outcome { CHANGED, RECORDED, IGNORED, UNKNOWN_COMMENT, IMPLAUSIBLE }

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Outbox outbox;
    @Inject
    Event<ThreadCache.Changed> publicChange;

    private record Current(UUID articleId, CommentStatus status, int decisionSeq, int statusSeq) {
    }

    public Outcome apply(ModerationDecision decision) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Current current = lock(connection, decision.commentId());
                Outcome outcome = apply(connection, decision, current);
                connection.commit();
                if (outcome == Outcome.CHANGED) {
                    // After the commit, as the ORM's transaction did: the relay and the public cache learn of it.
                    outbox.written();
                    CommentStatus next = CommentStatus.valueOf(decision.status());
                    if (current.status() == CommentStatus.APPROVED || next == CommentStatus.APPROVED) {
                        publicChange.fire(new ThreadCache.Changed(current.articleId()));
                    }
                }
                return outcome;
            } catch (RuntimeException | SQLException e) {
                try {
                    connection.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        } catch (SQLException e) {
            // The consumer requeues a decision that could not be applied (the database away for a moment).
            throw new IllegalStateException("Could not apply the decision on " + decision.commentId() + ": "
                    + e.getMessage(), e);
        }
    }

    private Outcome apply(Connection connection, ModerationDecision decision, Current current) throws SQLException {
        if (current == null) {
            LOG.warnf("Decision for unknown comment %s ignored", decision.commentId());
            return Outcome.UNKNOWN_COMMENT;
        }
        if (!DecisionRules.applies(current.decisionSeq(), decision.decisionSeq())) {
            return Outcome.IGNORED;
        }
        if (!DecisionRules.plausible(current.decisionSeq(), decision.decisionSeq())) {
            return Outcome.IMPLAUSIBLE;
        }
        CommentStatus next = CommentStatus.valueOf(decision.status());
        if (next == current.status()) {
            try (PreparedStatement statement = connection.prepareStatement(
                    "update comment set decision_seq = ? where id = ?")) {
                statement.setInt(1, decision.decisionSeq());
                statement.setObject(2, decision.commentId());
                statement.executeUpdate();
            }
            return Outcome.RECORDED;
        }
        Instant now = Instant.now();
        int statusSeq = current.statusSeq() + 1;
        OutboxEvent event = outbox.statusChangedRow(current.articleId(), decision.commentId(), current.status(), next,
                statusSeq, now);
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        try (PreparedStatement statement = connection.prepareStatement("with changed as (update comment"
                + " set decision_seq = ?, status = ?, status_seq = ?, updated_at = ?::timestamptz where id = ?::uuid returning id)"
                + " insert into outbox_event (id, comment_id, event_type, payload, created_at, attempts)"
                + " select ?::uuid, changed.id, ?, ?, ?::timestamptz, 0 from changed")) {
            statement.setInt(1, decision.decisionSeq());
            statement.setString(2, next.name());
            statement.setInt(3, statusSeq);
            statement.setObject(4, at);
            statement.setObject(5, decision.commentId());
            statement.setObject(6, event.id);
            statement.setString(7, event.eventType);
            statement.setString(8, event.payload);
            statement.setObject(9, OffsetDateTime.ofInstant(event.createdAt, ZoneOffset.UTC));
            if (statement.executeUpdate() != 1) {
                throw new IllegalStateException("The locked comment " + decision.commentId() + " was not updated");
            }
        }
        return Outcome.CHANGED;
    }

    private static Current lock(Connection connection, UUID commentId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select article_id, status, decision_seq, status_seq from comment where id = ? for update")) {
            statement.setObject(1, commentId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next()
                        ? new Current(row.getObject(1, UUID.class), CommentStatus.valueOf(row.getString(2)),
                                row.getInt(3), row.getInt(4))
                        : null;
            }
        }
    }
}
