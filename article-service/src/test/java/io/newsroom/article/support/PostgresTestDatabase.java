package io.newsroom.article.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A fresh database on the machine's PostgreSQL for each test run, dropped afterwards. */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private String name;

    @Override
    public Map<String, String> start() {
        name = "article_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + name);
        return Map.of("quarkus.datasource.jdbc.url", SERVER + name);
    }

    @Override
    public void stop() {
        execute("drop database if exists " + name + " with (force)");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 is needed for the tests: " + e.getMessage(), e);
        }
    }
}
