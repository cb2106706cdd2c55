package io.newsroom.moderation.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/** A fresh PostgreSQL database per test run, migrated by Flyway like production, dropped at the end. */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {
    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private String name;

    @Override
    public Map<String, String> start() {
        name = "moderation_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + name);
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/" + name,
                "quarkus.datasource.jdbc.max-size", "8");
    }

    @Override
    public void stop() {
        if (name != null) {
            execute("drop database if exists " + name + " with (force)");
        }
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
