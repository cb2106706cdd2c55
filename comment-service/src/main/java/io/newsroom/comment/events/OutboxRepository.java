package io.newsroom.comment.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The outbox's rows. The relay's three statements (claim, confirm, count an attempt) are plain JDBC on the
 * connection of the caller's transaction (Agroal hands the transaction's own connection out again): through the
 * ORM each variable-length id list was a new query to translate, and the relay was a quarter of comment-service's
 * CPU under reply load (issue 11's profile). An id list is one array parameter, so each statement is prepared once.
 */
@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, UUID> {

    @Inject
    AgroalDataSource dataSource;

    /** The oldest events no other replica is publishing, locked until the caller's transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<OutboxEvent> claimOldest(int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select id, comment_id, event_type, payload,"
                        + " created_at, attempts from outbox_event order by created_at limit ? for update skip locked")) {
            statement.setInt(1, limit);
            List<OutboxEvent> rows = new ArrayList<>(limit);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    OutboxEvent event = new OutboxEvent();
                    event.id = row.getObject(1, UUID.class);
                    event.commentId = row.getObject(2, UUID.class);
                    event.eventType = row.getString(3);
                    event.payload = row.getString(4);
                    event.createdAt = row.getObject(5, OffsetDateTime.class).toInstant();
                    event.attempts = row.getInt(6);
                    rows.add(event);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim outbox events: " + e.getMessage(), e);
        }
    }

    /** Events the broker did not take this time: counted, to tell a stuck event from a new one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void countAttempt(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            execute("update outbox_event set attempts = attempts + 1 where id = any(?)", ids);
        }
    }

    /**
     * The broker confirmed these events: they are done, and their copies of personal data go with them. One
     * transaction for a batch of confirms, not one per event: at a few thousand replies a second the per-event
     * commits were most of the relay's cost.
     */
    @Transactional
    public void confirm(Collection<UUID> ids, Collection<UUID> submittedComments) {
        if (!ids.isEmpty()) {
            execute("delete from outbox_event where id = any(?)", ids);
        }
        if (!submittedComments.isEmpty()) {
            // A comment sent within a second of being written keeps the time it was written as its last sending:
            // moving it would be a second update of every reply, and one that touches all of the table's indexes
            // (last_submitted_at is in comment_resend_idx, so PostgreSQL cannot make it a HOT update).
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            execute("update comment set last_submitted_at = ? where id = any(?) and last_submitted_at < ?",
                    now, submittedComments, now.minus(PROMPT_SEND));
        }
    }

    /** How late a sending may be and still count as made when the comment was written. */
    static final Duration PROMPT_SEND = Duration.ofSeconds(1);

    /** One statement on the transaction's connection; a collection of ids is bound as one {@code uuid[]}. */
    private void execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof Collection<?> ids) {
                    statement.setArray(i + 1, connection.createArrayOf("uuid", ids.toArray()));
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update the outbox: " + e.getMessage(), e);
        }
    }

    public long unconfirmedFor(UUID commentId, String eventType) {
        return count("commentId = ?1 and eventType = ?2", commentId, eventType);
    }
}
