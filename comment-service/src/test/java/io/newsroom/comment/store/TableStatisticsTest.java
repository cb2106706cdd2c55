package io.newsroom.comment.store;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** Where nothing else does it (autovacuum off), the refresh reclaims the comment table's dead rows; it always analyses. */
@QuarkusTest
class TableStatisticsTest {

    @Inject
    TableStatistics statistics;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void theRefreshAnalysesTheCommentTableAndVacuumsItWhereAutovacuumIsOff() throws SQLException {
        OffsetDateTime before = now();
        boolean autovacuum = "on".equals(single("select current_setting('autovacuum')"));
        statistics.refresh();
        // PostgreSQL's statistics of its own maintenance are reported asynchronously.
        await().atMost(Duration.ofSeconds(10)).until(() -> after(before, "last_analyze", "comment")
                && after(before, "last_vacuum", "outbox_event")
                && (autovacuum || after(before, "last_vacuum", "comment")));
        assertTrue(autovacuum || after(before, "last_vacuum", "comment"), "comment vacuumed with autovacuum off");
    }

    private boolean after(OffsetDateTime before, String column, String table) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select coalesce(" + column + " >= ?, false) from pg_stat_user_tables where relname = ?")) {
            s.setObject(1, before);
            s.setString(2, table);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        }
    }

    private OffsetDateTime now() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select now()")) {
            r.next();
            return r.getObject(1, OffsetDateTime.class);
        }
    }

    private String single(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }
}
