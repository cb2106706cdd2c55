package io.newsroom.comment.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;

/** Which failures are "the database is away for a moment" (503 with Retry-After) and which are bugs (500). */
class DatabaseUnreachableTest {

    @Test
    void connectionFailuresAndServerShutdownAreUnavailability() {
        assertTrue(ProblemMapper.databaseUnreachable(new SQLException("Connection refused", "08001")));
        assertTrue(ProblemMapper.databaseUnreachable(new SQLException("An I/O error occurred", "08006")));
        assertTrue(ProblemMapper.databaseUnreachable(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(ProblemMapper.databaseUnreachable(new SQLException("the database system is starting up", "57P03")));
        assertTrue(ProblemMapper.databaseUnreachable(new IllegalStateException("wrapped", new SQLTransientConnectionException("pool"))));
    }

    @Test
    void aPoolWithNoConnectionFreeInTimeIsBusyNotABug() throws SQLException {
        // A real Agroal pool of one connection, held: the second caller gets Agroal's own acquisition timeout.
        AgroalDataSourceConfigurationSupplier config = new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool.maxSize(1).acquisitionTimeout(Duration.ofMillis(200))
                        .connectionFactoryConfiguration(factory -> factory
                                .jdbcUrl("jdbc:postgresql://127.0.0.1:5432/postgres")
                                .principal(new NamePrincipal("postgres"))));
        try (AgroalDataSource pool = AgroalDataSource.from(config); Connection held = pool.getConnection()) {
            SQLException timeout = assertThrows(SQLException.class, pool::getConnection);
            assertTrue(ProblemMapper.noConnectionInTime(new IllegalStateException("wrapped", timeout)), timeout.getMessage());
        }
        assertFalse(ProblemMapper.noConnectionInTime(new SQLException("duplicate key", "23505")));
    }

    @Test
    void otherDatabaseErrorsStayBugs() {
        assertFalse(ProblemMapper.databaseUnreachable(new SQLException("duplicate key", "23505")));
        assertFalse(ProblemMapper.databaseUnreachable(new SQLException("syntax error", "42601")));
        assertFalse(ProblemMapper.databaseUnreachable(new IllegalStateException("no SQL at all")));
    }
}
