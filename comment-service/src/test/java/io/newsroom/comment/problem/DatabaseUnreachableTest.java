package io.newsroom.comment.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

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
    void otherDatabaseErrorsStayBugs() {
        assertFalse(ProblemMapper.databaseUnreachable(new SQLException("duplicate key", "23505")));
        assertFalse(ProblemMapper.databaseUnreachable(new SQLException("syntax error", "42601")));
        assertFalse(ProblemMapper.databaseUnreachable(new IllegalStateException("no SQL at all")));
    }
}
