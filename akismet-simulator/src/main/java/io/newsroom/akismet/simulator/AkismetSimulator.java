package io.newsroom.akismet.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A faithful Akismet fake on loopback, following "What a faithful fake must do" in the project's akismet.md.
 *
 * <p>The Akismet paths ({@code /1.1/*}, {@code /1.2/*}) behave like the real service; a small control API under
 * {@code /_simulator/*} switches failure modes and exposes what was received, so tests in other processes (the
 * system tests) can drive it over HTTP. Tests in the same JVM use the Java methods instead.
 *
 * <p>Test values, highest priority first: {@code comment_author_email=akismet-guaranteed-spam@example.com} or
 * {@code comment_author=viagra-test-123} → spam (even for an administrator); {@code user_role=administrator} → ham;
 * content containing the discard trigger (default {@value #DEFAULT_DISCARD_TRIGGER}) → spam with
 * {@code X-akismet-pro-tip: discard}; anything else → ham.
 */
public final class AkismetSimulator implements AutoCloseable {

    public static final String GUARANTEED_SPAM_EMAIL = "akismet-guaranteed-spam@example.com";
    public static final String GUARANTEED_SPAM_AUTHOR = "viagra-test-123";
    public static final String DEFAULT_DISCARD_TRIGGER = "akismet-discard-test";
    public static final String THANKS = "Thanks for making the web a better place.";
    static final String CONTROL_PREFIX = "/_simulator";

    private final HttpServer server;
    private final ExecutorService executor;
    private final String apiKey;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicLong checks = new AtomicLong();
    private volatile Mode mode = Mode.NORMAL;
    private volatile Duration slowDelay = Duration.ofSeconds(30);
    private volatile int retryAfterSeconds = 2;
    /** {@code Retry-After} as delta-seconds (false) or as an HTTP date (true): RFC 9110 allows both. */
    private volatile boolean retryAfterAsDate;
    private volatile String discardTrigger = DEFAULT_DISCARD_TRIGGER;
    private volatile String alertCode = "10003";
    private volatile String alertMessage = "Your Akismet API usage limit has been reached for this month.";

    private AkismetSimulator(HttpServer server, ExecutorService executor, String apiKey) {
        this.server = server;
        this.executor = executor;
        this.apiKey = apiKey;
    }

    /** Starts on 127.0.0.1; port 0 picks a free one (see {@link #port()}). */
    public static AkismetSimulator start(int port, String apiKey) {
        Objects.requireNonNull(apiKey, "apiKey");
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 128);
            AtomicInteger threads = new AtomicInteger();
            ExecutorService executor = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "akismet-simulator-" + threads.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            AkismetSimulator simulator = new AkismetSimulator(server, executor, apiKey);
            server.createContext("/", simulator::handle);
            server.setExecutor(executor);
            server.start();
            return simulator;
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on 127.0.0.1:" + port, e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** e.g. {@code http://127.0.0.1:8184}, what a client takes as its Akismet base URL. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public String apiKey() {
        return apiKey;
    }

    public void stop() {
        server.stop(0);
        // interrupts handlers sleeping in SLOW mode
        executor.shutdownNow();
    }

    @Override
    public void close() {
        stop();
    }

    // ---- switches -------------------------------------------------------------------------------------------

    public Mode mode() {
        return mode;
    }

    public AkismetSimulator mode(Mode newMode) {
        this.mode = Objects.requireNonNull(newMode);
        return this;
    }

    public Duration slowDelay() {
        return slowDelay;
    }

    public AkismetSimulator slowDelay(Duration delay) {
        this.slowDelay = Objects.requireNonNull(delay);
        return this;
    }

    public AkismetSimulator retryAfterSeconds(int seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    /** Send {@code Retry-After} as an HTTP date (rounded up to the second, so never sooner than the seconds). */
    public AkismetSimulator retryAfterAsDate(boolean asDate) {
        this.retryAfterAsDate = asDate;
        return this;
    }

    public AkismetSimulator discardTrigger(String trigger) {
        this.discardTrigger = Objects.requireNonNull(trigger);
        return this;
    }

    public AkismetSimulator alert(String code, String message) {
        this.alertCode = code;
        this.alertMessage = message;
        return this;
    }

    /** Back to {@link Mode#NORMAL} and an empty request log. */
    public void reset() {
        mode = Mode.NORMAL;
        retryAfterAsDate = false;
        requests.clear();
    }

    // ---- what was received ----------------------------------------------------------------------------------

    /** Every request received on a non-control path, oldest first. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** Requests received on one path, e.g. {@code /1.1/submit-ham}. */
    public List<RecordedRequest> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    public void clearRequests() {
        requests.clear();
    }

    // ---- HTTP -----------------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals(CONTROL_PREFIX) || path.startsWith(CONTROL_PREFIX + "/")) {
                control(exchange, path.substring(CONTROL_PREFIX.length()));
            } else {
                akismet(exchange, path);
            }
        } catch (RuntimeException e) {
            // a bug here must not look like an Akismet verdict
            send(exchange, 500, "text/plain", "simulator error: " + e, Map.of());
        }
    }

    private void akismet(HttpExchange exchange, String path) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, List<String>> fields = "GET".equals(method)
                ? decodeForm(exchange.getRequestURI().getRawQuery())
                : decodeForm(body);
        requests.add(new RecordedRequest(Instant.now(), method, path, headersOf(exchange), fields));

        Mode current = mode;
        switch (current) {
            case REFUSE -> {
                // closing the exchange before any response header makes the JDK server drop the connection
                return;
            }
            case SLOW -> {
                try {
                    Thread.sleep(slowDelay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            case ERROR500 -> {
                send(exchange, 500, "text/plain", "Internal Server Error", Map.of());
                return;
            }
            case THROTTLE429 -> {
                send(exchange, 429, "text/plain", "Too Many Requests", Map.of("Retry-After", retryAfter()));
                return;
            }
            case GARBAGE -> {
                send(exchange, 200, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>", Map.of());
                return;
            }
            default -> {
            }
        }
        Map<String, String> extra = new LinkedHashMap<>();
        if (current == Mode.ALERT) {
            extra.put("X-akismet-alert-code", alertCode);
            extra.put("X-akismet-alert-msg", alertMessage);
        }
        route(exchange, method, path, fields, extra);
    }

    private void route(HttpExchange exchange, String method, String path, Map<String, List<String>> fields,
                       Map<String, String> extra) throws IOException {
        boolean post = "POST".equals(method);
        boolean get = "GET".equals(method);
        switch (path) {
            case "/1.1/verify-key" -> {
                if (!post) {
                    notFound(exchange);
                } else if (apiKey.equals(first(fields, "key"))) {
                    plain(exchange, "valid", extra);
                } else {
                    invalidKey(exchange, extra, first(fields, "key"));
                }
            }
            case "/1.1/comment-check" -> {
                if (!post) {
                    notFound(exchange);
                } else if (!apiKey.equals(first(fields, "api_key"))) {
                    invalidKey(exchange, extra, first(fields, "api_key"));
                } else if (missingRequired(exchange, fields, extra)) {
                    return;
                } else {
                    checks.incrementAndGet();
                    commentCheck(exchange, fields, extra);
                }
            }
            case "/1.1/submit-spam", "/1.1/submit-ham" -> {
                if (!post) {
                    notFound(exchange);
                } else if (!apiKey.equals(first(fields, "api_key"))) {
                    invalidKey(exchange, extra, first(fields, "api_key"));
                } else if (!missingRequired(exchange, fields, extra)) {
                    plain(exchange, THANKS, extra);
                }
            }
            case "/1.2/usage-limit" -> {
                if (!get) {
                    notFound(exchange);
                } else if (!apiKey.equals(first(fields, "api_key"))) {
                    invalidKey(exchange, extra, first(fields, "api_key"));
                } else {
                    send(exchange, 200, "application/json", "{\"limit\":\"none\",\"usage\":" + checks.get()
                            + ",\"percentage\":\"0.00\",\"throttled\":false}", extra);
                }
            }
            case "/1.2/key-sites" -> {
                if (!get) {
                    notFound(exchange);
                } else if (!apiKey.equals(first(fields, "api_key"))) {
                    invalidKey(exchange, extra, first(fields, "api_key"));
                } else {
                    keySites(exchange, extra);
                }
            }
            default -> notFound(exchange);
        }
    }

    private void commentCheck(HttpExchange exchange, Map<String, List<String>> fields, Map<String, String> extra)
            throws IOException {
        Map<String, String> headers = new LinkedHashMap<>(extra);
        headers.put("X-akismet-guid", UUID.randomUUID().toString());
        String content = Objects.requireNonNullElse(first(fields, "comment_content"), "");
        boolean discard = !discardTrigger.isEmpty() && content.contains(discardTrigger);
        boolean spam;
        if (GUARANTEED_SPAM_EMAIL.equalsIgnoreCase(first(fields, "comment_author_email"))
                || GUARANTEED_SPAM_AUTHOR.equals(first(fields, "comment_author"))) {
            spam = true;
        } else if ("administrator".equals(first(fields, "user_role"))) {
            spam = false;
            discard = false;
        } else {
            spam = discard;
        }
        if (spam && discard) {
            headers.put("X-akismet-pro-tip", "discard");
        }
        plain(exchange, spam ? "true" : "false", headers);
    }

    private String retryAfter() {
        if (!retryAfterAsDate) {
            return String.valueOf(retryAfterSeconds);
        }
        Instant until = Instant.now().plusSeconds(retryAfterSeconds);
        Instant wholeSecond = until.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant notSooner = wholeSecond.equals(until) ? wholeSecond : wholeSecond.plusSeconds(1);
        return java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(notSooner.atZone(ZoneOffset.UTC));
    }

    private boolean missingRequired(HttpExchange exchange, Map<String, List<String>> fields,
                                    Map<String, String> extra) throws IOException {
        for (String required : List.of("blog", "user_ip")) {
            String value = first(fields, required);
            if (value == null || value.isBlank()) {
                Map<String, String> headers = new LinkedHashMap<>(extra);
                headers.put("X-akismet-debug-help", "Missing required field: " + required + ".");
                plain(exchange, "Missing required field: " + required + ".", headers);
                return true;
            }
        }
        return false;
    }

    private void invalidKey(HttpExchange exchange, Map<String, String> extra, String key) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>(extra);
        headers.put("X-akismet-debug-help", key == null || key.isBlank()
                ? "Empty \"api_key\" value" : "We were unable to verify the API key you provided.");
        plain(exchange, "invalid", headers);
    }

    private void keySites(HttpExchange exchange, Map<String, String> extra) throws IOException {
        String blog = requests.stream().map(r -> r.field("blog")).filter(Objects::nonNull).findFirst()
                .orElse("https://example.org");
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        send(exchange, 200, "application/json", "{\"" + month + "\":[{\"site\":" + Json.quote(blog)
                + ",\"api_calls\":\"" + checks.get() + "\",\"spam\":\"0\",\"ham\":\"0\",\"missed_spam\":\"0\","
                + "\"false_positives\":\"0\",\"is_revoked\":false}],\"limit\":10,\"offset\":0,\"total\":1}", extra);
    }

    // ---- control API ----------------------------------------------------------------------------------------

    private void control(HttpExchange exchange, String sub) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        switch (method + " " + sub) {
            case "GET /mode" -> send(exchange, 200, "application/json", stateJson(), Map.of());
            case "POST /mode" -> {
                try {
                    applyMode(body);
                } catch (IllegalArgumentException e) {
                    send(exchange, 400, "application/json", "{\"error\":" + Json.quote(e.getMessage())
                            + ",\"modes\":" + Json.quote(modesList()) + "}", Map.of());
                    return;
                }
                send(exchange, 200, "application/json", stateJson(), Map.of());
            }
            case "GET /requests" -> {
                String path = first(decodeForm(exchange.getRequestURI().getRawQuery()), "path");
                List<RecordedRequest> selected = path == null ? requests() : requests(path);
                send(exchange, 200, "application/json",
                        selected.stream().map(RecordedRequest::toJson).collect(Collectors.joining(",", "[", "]")),
                        Map.of());
            }
            case "DELETE /requests" -> {
                clearRequests();
                exchange.sendResponseHeaders(204, -1);
            }
            case "POST /reset" -> {
                reset();
                exchange.sendResponseHeaders(204, -1);
            }
            default -> send(exchange, 404, "application/json", "{\"error\":\"no such control endpoint\"}", Map.of());
        }
    }

    /** Accepts {@code slow}, {@code mode=slow&delayMs=20000} or {@code {"mode":"slow","delayMs":20000}}. */
    private void applyMode(String body) {
        String trimmed = body.trim();
        String modeValue;
        String delayMs;
        String retryAfter;
        String retryAfterForm;
        if (trimmed.startsWith("{")) {
            modeValue = Json.stringField(trimmed, "mode");
            delayMs = Json.stringField(trimmed, "delayMs");
            retryAfter = Json.stringField(trimmed, "retryAfterSeconds");
            retryAfterForm = Json.stringField(trimmed, "retryAfterForm");
        } else if (trimmed.contains("=")) {
            Map<String, List<String>> form = decodeForm(trimmed);
            modeValue = first(form, "mode");
            delayMs = first(form, "delayMs");
            retryAfter = first(form, "retryAfterSeconds");
            retryAfterForm = first(form, "retryAfterForm");
        } else {
            modeValue = trimmed;
            delayMs = null;
            retryAfter = null;
            retryAfterForm = null;
        }
        if (retryAfterForm != null && !retryAfterForm.equals("seconds") && !retryAfterForm.equals("date")) {
            throw new IllegalArgumentException("retryAfterForm must be seconds or date");
        }
        Mode parsed = Mode.parse(modeValue);
        try {
            if (delayMs != null) {
                slowDelay(Duration.ofMillis(Long.parseLong(delayMs)));
            }
            if (retryAfter != null) {
                retryAfterSeconds(Integer.parseInt(retryAfter));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("delayMs and retryAfterSeconds must be whole numbers");
        }
        retryAfterAsDate = "date".equals(retryAfterForm);
        mode(parsed);
    }

    private String stateJson() {
        return "{\"mode\":" + Json.quote(mode.wireName()) + ",\"delayMs\":" + slowDelay.toMillis()
                + ",\"retryAfterSeconds\":" + retryAfterSeconds
                + ",\"retryAfterForm\":" + Json.quote(retryAfterAsDate ? "date" : "seconds") + ",\"discardTrigger\":" + Json.quote(discardTrigger)
                + ",\"requests\":" + requests.size() + "}";
    }

    private static String modesList() {
        StringBuilder sb = new StringBuilder();
        for (Mode m : Mode.values()) {
            sb.append(sb.isEmpty() ? "" : "|").append(m.wireName());
        }
        return sb.toString();
    }

    // ---- plumbing -------------------------------------------------------------------------------------------

    private static void notFound(HttpExchange exchange) throws IOException {
        send(exchange, 404, "text/plain", "Not Found", Map.of());
    }

    private static void plain(HttpExchange exchange, String body, Map<String, String> headers) throws IOException {
        send(exchange, 200, "text/plain", body, headers);
    }

    private static void send(HttpExchange exchange, int status, String type, String body, Map<String, String> headers)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static Map<String, String> headersOf(HttpExchange exchange) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", values)));
        return Collections.unmodifiableMap(headers);
    }

    static Map<String, List<String>> decodeForm(String raw) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return fields;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        fields.replaceAll((k, v) -> List.copyOf(v));
        return fields;
    }

    private static String first(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

}
