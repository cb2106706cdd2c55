package io.newsroom.comment.store;

import java.sql.Connection;
import java.sql.ResultSet;
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
 * planned as if the tables were empty, the outbox inserts and deletes a row per event, and each decision leaves a
 * dead version of a comment. Where autovacuum runs this only repeats its work, cheaply: the comment table is
 * sampled, not vacuumed, and the outbox stays small.
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
            // Every reply's moderation decision leaves a dead version of its row (status is indexed, so the update
            // is never HOT): where nothing vacuums, the table and its ten indexes only grow (1 GB, 442,690 dead
            // rows after a day of benchmarks). Where autovacuum runs, sampling for the planner is enough.
            statement.execute(autovacuumOn(statement) ? "analyze comment" : "vacuum (analyze) comment");
        } catch (SQLException e) {
            LOG.warnf("Could not refresh table statistics: %s", e.toString());
        }
    }

    private static boolean autovacuumOn(Statement statement) throws SQLException {
        try (ResultSet setting = statement.executeQuery("select current_setting('autovacuum') = 'on'")) {
            return setting.next() && setting.getBoolean(1);
        }
    }
}
