package io.newsroom.comment.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps the planner's statistics current and the outbox's dead rows reclaimed where nothing else does (a
 * PostgreSQL with autovacuum off, as on the development machines): without statistics the hot queries were
 * planned as if the tables were empty, and the outbox inserts and deletes a row per event. Where autovacuum runs
 * this only repeats its work, cheaply: the comment table is sampled, not read, and the outbox stays small.
 */
@ApplicationScoped
public class TableStatistics {

    private static final Logger LOG = Logger.getLogger(TableStatistics.class);

    @Inject
    AgroalDataSource dataSource;

    @Scheduled(every = "${newsroom.comments.statistics-interval}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        // Outside any transaction, on an auto-commit connection: VACUUM cannot run inside a transaction block.
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("vacuum (analyze) outbox_event");
            statement.execute("analyze comment");
        } catch (SQLException e) {
            LOG.warnf("Could not refresh table statistics: %s", e.toString());
        }
    }
}
