package io.newsroom.system;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.vertx.core.json.JsonObject;

/**
 * The whole system for the scenario tests and failure drills, each piece a separate process on ports of
 * its own (so a developer's run-local can keep running): real Keycloak from the Maven Central dist, the
 * three packaged services on fresh databases, the Akismet simulator, and a RabbitMQ virtual host of this
 * run only (each service connecting as its own user, with the permissions of deploy/rabbitmq/definitions.json).
 * Services can be killed (-9) and restarted; everything is stopped and dropped at the end, also when a test fails.
 */
public final class NewsroomSystem {

    public static final int KEYCLOAK = 18180;
    public static final int ARTICLES = 18081;
    public static final int COMMENTS = 18082;
    public static final int MODERATION = 18083;
    public static final int AKISMET = 18184;
    /** The pages, as a browser meets them; its health is on its management port (HTTP port + 1000). */
    public static final int WEB = 18080;
    public static final int WEB_MANAGEMENT = 19080;
    public static final String AKISMET_KEY = "system-test-key";
    /** Each service's own broker user (what deploy/rabbitmq/definitions.json declares), with this run's passwords. */
    public static final Map<String, String> BROKER_PASSWORDS = Map.of("article-service", "systest-article",
            "comment-service", "systest-comment", "moderation-service", "systest-moderation");
    /**
     * A broker user with every right in the run's virtual host, that is no service: the tests use it to look at
     * queues and to play someone who can reach the broker (an operator, a shovel, a leaked password).
     */
    public static final String OPERATOR = "newsroom-systest-operator";

    private static NewsroomSystem instance;

    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final String vhost = "newsroom-systest-" + runId;
    private final String operatorPassword = UUID.randomUUID().toString();
    private final Path root = RunLocal.root();
    private final Path logs = root.resolve("system-tests/target/system-logs");
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, Integer> ports = Map.of("article-service", ARTICLES, "comment-service", COMMENTS,
            "moderation-service", MODERATION);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private NewsroomSystem() {
    }

    public static synchronized NewsroomSystem get() {
        if (instance == null) {
            NewsroomSystem system = new NewsroomSystem();
            Runtime.getRuntime().addShutdownHook(new Thread(system::stop));
            try {
                system.start();
            } catch (RuntimeException e) {
                system.stop();
                throw e;
            }
            instance = system;
        }
        return instance;
    }

    private void start() {
        for (int port : List.of(KEYCLOAK, ARTICLES, COMMENTS, MODERATION, AKISMET, WEB, WEB_MANAGEMENT)) {
            if (listening(port)) {
                throw new IllegalStateException("port " + port + " is taken; the system tests need it free");
            }
        }
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        for (String service : ports.keySet()) {
            RunLocal.sql("create database " + database(service));
        }
        rabbitmqctl("add_vhost", vhost);
        brokerUsers();
        try {
            rabbitmqctl("delete_user", OPERATOR);
        } catch (IllegalStateException e) {
            // not there: the usual case
        }
        rabbitmqctl("add_user", OPERATOR, operatorPassword);
        rabbitmqctl("set_permissions", "-p", vhost, OPERATOR, ".*", ".*", ".*");

        startKeycloak();
        launch("akismet-simulator", Map.of(), "java", "-jar", "akismet-simulator/target/akismet-simulator.jar",
                "--port", String.valueOf(AKISMET), "--key", AKISMET_KEY);
        for (String service : ports.keySet()) {
            startService(service);
        }
        startWeb();
        awaitKeycloak();
        awaitHttp("the Akismet simulator", "http://127.0.0.1:" + AKISMET + "/_simulator/requests", Duration.ofSeconds(60));
        for (String service : ports.keySet()) {
            awaitReady(service);
        }
        awaitHttp("web", "http://127.0.0.1:" + WEB_MANAGEMENT + "/q/health/ready", Duration.ofMinutes(2));
        // The first page warms web's clients up (a cold first call can outlast its 2-second timeout on a busy machine).
        awaitHttp("web's front page", web("/"), Duration.ofMinutes(1));
    }

    private void startWeb() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(WEB));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(WEB_MANAGEMENT));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:" + KEYCLOAK + "/realms/newsroom");
        env.put("QUARKUS_REST_CLIENT_ARTICLE_SERVICE_URL", "http://127.0.0.1:" + ARTICLES);
        env.put("QUARKUS_REST_CLIENT_COMMENT_SERVICE_URL", "http://127.0.0.1:" + COMMENTS);
        env.put("QUARKUS_REST_CLIENT_MODERATION_SERVICE_URL", "http://127.0.0.1:" + MODERATION);
        // The browser tests play many readers behind one proxy (each context sends its own X-Forwarded-For),
        // as web stands behind a load balancer in production.
        env.put("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true");
        env.put("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true");
        env.put("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "127.0.0.1");
        launch("web", env, "java", "-Xmx256m", "-jar", "web/target/quarkus-app/quarkus-run.jar");
    }

    /**
     * Each service's own user, with the permissions deploy/rabbitmq/definitions.json gives it (the file compose and
     * Kubernetes load), in this run's virtual host; guest gets none there.
     */
    private void brokerUsers() {
        JsonObject definitions;
        try {
            definitions = new JsonObject(Files.readString(root.resolve("deploy/rabbitmq/definitions.json")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        for (Object p : definitions.getJsonArray("permissions")) {
            JsonObject permission = (JsonObject) p;
            String user = permission.getString("user");
            String password = BROKER_PASSWORDS.get(user);
            if (password == null) {
                throw new IllegalStateException("definitions.json names a user the system tests do not know: " + user);
            }
            try {
                rabbitmqctl("add_user", user, password);
            } catch (IllegalStateException e) {
                rabbitmqctl("change_password", user, password); // left from an earlier run, or run-local's
            }
            rabbitmqctl("set_permissions", "-p", vhost, user, permission.getString("configure"), permission.getString("write"),
                    permission.getString("read"));
        }
    }

    private Path keycloakHome() {
        return Path.of(System.getProperty("keycloak.home", root.resolve("system-tests/target/keycloak-26.7.3").toString()));
    }

    /** Stops Keycloak (kc.sh and its JVM), keeping its data: the realm, its keys and sessions stay for its return. */
    public void stopKeycloak() {
        Process process = processes.remove("keycloak");
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Starts the stopped Keycloak again on its data (same realm, same signing keys) and waits until it answers. */
    public void startKeycloakAgain() {
        launchKeycloak();
        awaitKeycloak();
    }

    /** kc.sh start-dev on the system's ports, with the given extra options. */
    private void launchKeycloak(String... extra) {
        List<String> command = new ArrayList<>(List.of(keycloakHome().resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + KEYCLOAK, "--http-management-port=" + (KEYCLOAK + 1000)));
        command.addAll(List.of(extra));
        launch("keycloak", Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"),
                command.toArray(String[]::new));
    }

    // Its start-dev re-augments at every start: on two loaded cores that took over 4 minutes.
    private void awaitKeycloak() {
        awaitHttp("Keycloak", "http://127.0.0.1:" + KEYCLOAK + "/realms/newsroom/.well-known/openid-configuration", Duration.ofMinutes(8));
    }

    /** Restarts the machine's PostgreSQL cluster with its own command (Debian's pg_ctlcluster, as root). */
    public static void restartPostgres() {
        String cluster = command("pg_lsclusters", "--no-header").lines().filter(l -> l.contains(" 5432 ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no PostgreSQL cluster on port 5432"));
        String[] fields = cluster.trim().split("\\s+");
        command("pg_ctlcluster", fields[0], fields[1], "restart");
    }

    private static String command(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void startKeycloak() {
        Path home = keycloakHome();
        try {
            deleteTree(home.resolve("data/h2"));
            Files.createDirectories(home.resolve("data/import"));
            Files.copy(root.resolve("deploy/keycloak/newsroom-realm.json"), home.resolve("data/import/newsroom-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
            home.resolve("bin/kc.sh").toFile().setExecutable(true);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        launchKeycloak("--import-realm");
    }

    private void startService(String service) {
        launch(service, serviceEnv(service), "java", "-Xmx384m", "-jar", service + "/target/quarkus-app/quarkus-run.jar");
    }

    /** What every service of the system is started with. */
    private Map<String, String> serviceEnv(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(ports.get(service)));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/" + database(service));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:" + KEYCLOAK + "/realms/newsroom");
        env.put("RABBITMQ_VIRTUAL_HOST", vhost);
        env.put("RABBITMQ_USERNAME", service);
        env.put("RABBITMQ_PASSWORD", BROKER_PASSWORDS.get(service));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(ports.get(service) + 1000));
        // Demo credentials (an empty database password, Keycloak over http on this machine) are fine here.
        env.put("NEWSROOM_LOCAL_DEMO", "true");
        env.put("QUARKUS_REST_CLIENT_ARTICLE_SERVICE_URL", "http://127.0.0.1:" + ARTICLES);
        env.put("QUARKUS_REST_CLIENT_MODERATION_SERVICE_URL", "http://127.0.0.1:" + MODERATION);
        env.put("AKISMET_API_KEY", AKISMET_KEY);
        env.put("AKISMET_BASE_URL", "http://127.0.0.1:" + AKISMET);
        env.put("NEWSROOM_AKISMET_IS_TEST", "true");
        // The tests play many readers behind one proxy: the proxy's X-Forwarded-For names each reader.
        env.put("NEWSROOM_COMMENTS_TRUSTED_PROXIES", "127.0.0.1");
        // Drills should not wait the production intervals.
        env.put("NEWSROOM_COMMENTS_RESEND_AFTER", "10s");
        env.put("NEWSROOM_COMMENTS_RESEND_INTERVAL", "2s");
        env.put("NEWSROOM_COMMENTS_RELAY_INTERVAL", "1s");
        env.put("NEWSROOM_AKISMET_RECHECK_POLL_INTERVAL", "1s");
        env.put("NEWSROOM_AKISMET_RECHECK_INITIAL_BACKOFF", "1s");
        env.put("NEWSROOM_AKISMET_RECHECK_MAX_BACKOFF", "4s");
        // Above the slow-Akismet drill's 2 s an answer: slow is not down.
        env.put("NEWSROOM_AKISMET_TIMEOUT", "5s");
        env.put("QUARKUS_REST_CLIENT_AKISMET_READ_TIMEOUT", "5000");
        env.put("NEWSROOM_MODERATION_OUTBOX_INTERVAL", "1s");
        return env;
    }

    /** A second instance of a service, outside the system, on ports of its own: how it starts and answers. */
    public record Extra(Process process, Path log) implements AutoCloseable {

        public String output() {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                return "(no log: " + e.getMessage() + ")";
            }
        }

        @Override
        public void close() {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Starts {@code service}'s jar on {@code port} (management interface on port + 1000) with the system's
     * settings changed by {@code overrides} (a null value removes a setting), or with only the ports set when
     * {@code systemSettings} is false: the defaults a jar has out of the box.
     */
    public Extra startExtra(String service, int port, boolean systemSettings, Map<String, String> overrides) {
        Map<String, String> env = systemSettings ? serviceEnv(service) : new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(port + 1000));
        overrides.forEach((key, value) -> {
            if (value == null) {
                env.remove(key);
            } else {
                env.put(key, value);
            }
        });
        Path log = logs.resolve("extra-" + service + "-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx256m", "-jar", service + "/target/quarkus-app/quarkus-run.jar")
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // Nothing of this JVM's environment leaks in: what the jar sees is what the test says.
        builder.environment().keySet().removeIf(key -> key.startsWith("QUARKUS_") || key.startsWith("RABBITMQ_")
                || key.startsWith("NEWSROOM_") || key.startsWith("AKISMET_"));
        builder.environment().putAll(env);
        try {
            return new Extra(builder.start(), log);
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + service, e);
        }
    }

    public String vhost() {
        return vhost;
    }

    public String operatorPassword() {
        return operatorPassword;
    }

    public void awaitReady(String service) {
        awaitHttp(service, management(service, "/q/health/ready"), Duration.ofMinutes(2));
    }

    /** kill -9: no shutdown hook, no goodbye — the way a crash or an OOM kill looks. */
    public void kill(String service) {
        Process process = processes.remove(service);
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public void restart(String service) {
        kill(service);
        startService(service);
        awaitReady(service);
    }

    public void rabbitStopApp() {
        rabbitmqctl("stop_app");
    }

    public void rabbitStartApp() {
        rabbitmqctl("start_app");
    }

    public String url(String service, String path) {
        return "http://127.0.0.1:" + ports.get(service) + path;
    }

    /** The service's management interface (metrics, detailed health): its port + 1000, never the public one. */
    public String management(String service, String path) {
        return "http://127.0.0.1:" + (ports.get(service) + 1000) + path;
    }

    public String articles(String path) {
        return "http://127.0.0.1:" + ARTICLES + path;
    }

    public String comments(String path) {
        return "http://127.0.0.1:" + COMMENTS + path;
    }

    public String moderation(String path) {
        return "http://127.0.0.1:" + MODERATION + path;
    }

    public String web(String path) {
        return "http://127.0.0.1:" + WEB + path;
    }

    public String akismet(String path) {
        return "http://127.0.0.1:" + AKISMET + path;
    }

    public String keycloak(String path) {
        return "http://127.0.0.1:" + KEYCLOAK + path;
    }

    public synchronized void stop() {
        List<String> names = new ArrayList<>(processes.keySet());
        java.util.Collections.reverse(names);
        for (String name : names) {
            Process process = processes.remove(name);
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            rabbitmqctl("start_app"); // a drill that failed half-way must not leave the broker stopped
            rabbitmqctl("delete_vhost", vhost);
            rabbitmqctl("delete_user", OPERATOR);
        } catch (RuntimeException e) {
            // already gone
        }
        for (String service : ports.keySet()) {
            try {
                RunLocal.sql("drop database if exists " + database(service) + " with (force)");
            } catch (RuntimeException e) {
                // leave it; the name is unique to this run
            }
        }
    }

    /** The run's database of a service. */
    public String database(String service) {
        return "newsroom_" + service.replace("-service", "") + "_sys_" + runId;
    }

    private void launch(String name, Map<String, String> env, String... command) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(name + ".log").toFile()));
        builder.environment().putAll(env);
        try {
            processes.put(name, builder.start());
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + name, e);
        }
    }

    private void awaitHttp(String name, String url, Duration timeout) {
        try {
            org.awaitility.Awaitility.await(name + " ready at " + url).atMost(timeout).pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions()
                    .until(() -> http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new IllegalStateException(name + " was not ready at " + url + " within " + timeout + "; logs in " + logs, e);
        }
    }

    static void rabbitmqctl(String... args) {
        rabbitmqctlOutput(args);
    }

    /** What rabbitmqctl printed. */
    static String rabbitmqctlOutput(String... args) {
        List<String> command = new ArrayList<>();
        command.add("rabbitmqctl");
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("rabbitmqctl is needed by the system tests (as root): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
