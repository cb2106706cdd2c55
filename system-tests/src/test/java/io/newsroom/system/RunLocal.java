package io.newsroom.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The whole system as a newcomer starts it: {@code deploy/run-local --akismet-simulator}, on databases of
 * its own (NEWSROOM_DB_SUFFIX) so the tests never touch a developer's data. Started once per test JVM and
 * stopped the way a person stops it (SIGINT/SIGTERM), also when a test fails.
 */
public final class RunLocal {

    static final String DB_SUFFIX = "_systest";
    static final String[] DATABASES = { "newsroom_article", "newsroom_comment", "newsroom_moderation" };
    private static final Duration STARTUP = Duration.ofMinutes(8);

    private static RunLocal instance;

    private final Process process;
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch ready = new CountDownLatch(1);
    private volatile boolean running;
    private final Thread reader;

    private RunLocal(Process process) {
        this.process = process;
        reader = new Thread(this::readOutput, "run-local-output");
        reader.setDaemon(true);
        reader.start();
    }

    public static synchronized RunLocal start() {
        if (instance != null) {
            return instance;
        }
        for (String database : DATABASES) {
            sql("drop database if exists " + database + DB_SUFFIX + " with (force)");
        }
        ProcessBuilder builder = new ProcessBuilder("bash", "deploy/run-local", "--akismet-simulator")
                .directory(root().toFile())
                .redirectErrorStream(true);
        builder.environment().put("NEWSROOM_DB_SUFFIX", DB_SUFFIX);
        try {
            instance = new RunLocal(builder.start());
        } catch (IOException e) {
            throw new IllegalStateException("could not start deploy/run-local", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
        instance.awaitReady();
        return instance;
    }

    public static Path root() {
        return Path.of(System.getProperty("newsroom.root", "..")).toAbsolutePath().normalize();
    }

    private void awaitReady() {
        try {
            // Only its own "running" line counts: ending early (a port taken, a service that did not start) is a failure.
            if (!ready.await(STARTUP.toSeconds(), TimeUnit.SECONDS) || !running || !process.isAlive()) {
                String log = String.join("\n", output);
                stop();
                throw new IllegalStateException("deploy/run-local did not get the system running:\n" + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void readOutput() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.add(line);
                System.out.println("[run-local] " + line);
                if (line.contains("Newsroom is running.")) {
                    running = true;
                }
                // Ready once the whole banner is read: a test reads the addresses printed after "running".
                if (running && line.contains("Press Ctrl-C to stop everything.")) {
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            // the process ended
        } finally {
            ready.countDown();
        }
    }

    /** Stops run-local as Ctrl-C would, and waits until it has stopped everything it started. */
    public synchronized void stop() {
        if (!process.isAlive()) {
            return;
        }
        // SIGTERM through the handle: run-local's trap stops Keycloak, the services and the simulator. (Process.destroy()
        // would also close our end of its output pipe, and run-local's goodbye would die of SIGPIPE.)
        process.toHandle().destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            reader.join(5_000); // its last words ("stopped") are still in the pipe

        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public List<String> output() {
        return List.copyOf(output);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public static void sql(String statement) {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                Statement s = connection.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL on 127.0.0.1:5432: " + e.getMessage(), e);
        }
    }
}
