package io.newsroom.akismet.simulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AkismetSimulatorTest {

    static final String KEY = "test-key";
    static AkismetSimulator sim;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void start() {
        sim = AkismetSimulator.start(0, KEY);
    }

    @AfterAll
    static void stop() {
        sim.stop();
    }

    @BeforeEach
    void reset() {
        sim.reset();
        sim.slowDelay(Duration.ofSeconds(30));
    }

    static Map<String, String> comment(String... extra) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("api_key", KEY);
        f.put("blog", "https://news.example.org");
        f.put("user_ip", "203.0.113.7");
        f.put("comment_author", "Reader");
        f.put("comment_author_email", "reader@example.com");
        f.put("comment_content", "A fine story.");
        f.put("is_test", "1");
        for (int i = 0; i < extra.length; i += 2) {
            if (extra[i + 1] == null) {
                f.remove(extra[i]);
            } else {
                f.put(extra[i], extra[i + 1]);
            }
        }
        return f;
    }

    static HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
                .timeout(Duration.ofSeconds(2))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("User-Agent", "Newsroom/1.0.0 | NewsroomAkismet/1.0.0")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> control(String method, String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/_simulator" + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void verifyKeyAnswersValidForTheConfiguredKeyAndInvalidWithDebugHelpOtherwise() throws Exception {
        HttpResponse<String> ok = post("/1.1/verify-key", Map.of("key", KEY, "blog", "https://news.example.org"));
        assertEquals(200, ok.statusCode());
        assertEquals("valid", ok.body());

        HttpResponse<String> bad = post("/1.1/verify-key", Map.of("key", "nope", "blog", "https://news.example.org"));
        assertEquals("invalid", bad.body());
        assertTrue(bad.headers().firstValue("X-akismet-debug-help").isPresent());

        // the key of verify-key is "key", not "api_key"
        HttpResponse<String> wrongName = post("/1.1/verify-key", Map.of("api_key", KEY, "blog", "https://news.example.org"));
        assertEquals("invalid", wrongName.body());
    }

    @Test
    void anyCallWithAWrongKeyIsInvalidWithDebugHelp() throws Exception {
        for (String path : List.of("/1.1/comment-check", "/1.1/submit-spam", "/1.1/submit-ham")) {
            HttpResponse<String> r = post(path, comment("api_key", "wrong"));
            assertEquals(200, r.statusCode(), path);
            assertEquals("invalid", r.body(), path);
            assertTrue(r.headers().firstValue("X-akismet-debug-help").isPresent(), path);
        }
        HttpResponse<String> usage = get("/1.2/usage-limit?api_key=wrong");
        assertEquals("invalid", usage.body());
    }

    @Test
    void missingBlogOrUserIpIsAnErrorBodyNotAVerdict() throws Exception {
        HttpResponse<String> noBlog = post("/1.1/comment-check", comment("blog", null));
        assertEquals(200, noBlog.statusCode());
        assertEquals("Missing required field: blog.", noBlog.body());
        assertEquals("Missing required field: blog.", noBlog.headers().firstValue("X-akismet-debug-help").orElseThrow());

        HttpResponse<String> noIp = post("/1.1/comment-check", comment("user_ip", null));
        assertEquals("Missing required field: user_ip.", noIp.body());
        assertTrue(noIp.headers().firstValue("X-akismet-debug-help").isPresent());
    }

    @Test
    void testValuesInTheirPriority() throws Exception {
        HttpResponse<String> ham = post("/1.1/comment-check", comment());
        assertEquals("false", ham.body());
        assertNotNull(ham.headers().firstValue("X-akismet-guid").orElse(null));

        HttpResponse<String> byEmail = post("/1.1/comment-check",
                comment("comment_author_email", "akismet-guaranteed-spam@example.com"));
        assertEquals("true", byEmail.body());
        assertNull(byEmail.headers().firstValue("X-akismet-pro-tip").orElse(null));

        HttpResponse<String> byName = post("/1.1/comment-check", comment("comment_author", "viagra-test-123"));
        assertEquals("true", byName.body());

        HttpResponse<String> spamBeatsAdmin = post("/1.1/comment-check",
                comment("comment_author", "viagra-test-123", "user_role", "administrator"));
        assertEquals("true", spamBeatsAdmin.body());

        HttpResponse<String> admin = post("/1.1/comment-check",
                comment("user_role", "administrator", "comment_content", "akismet-discard-test"));
        assertEquals("false", admin.body());

        // an author *named* akismet-guaranteed-spam is not a documented trigger
        assertEquals("false", post("/1.1/comment-check", comment("comment_author", "akismet-guaranteed-spam")).body());

        HttpResponse<String> discard = post("/1.1/comment-check", comment("comment_content", "buy akismet-discard-test now"));
        assertEquals("true", discard.body());
        assertEquals("discard", discard.headers().firstValue("X-akismet-pro-tip").orElseThrow());
        assertNotNull(discard.headers().firstValue("X-akismet-guid").orElse(null));
    }

    @Test
    void submitSpamAndHamThankYou() throws Exception {
        assertEquals(AkismetSimulator.THANKS, post("/1.1/submit-spam", comment("reporter", "carol")).body());
        assertEquals(AkismetSimulator.THANKS, post("/1.1/submit-ham", comment("reporter", "carol")).body());
    }

    @Test
    void usageCallsAreGetAndEverythingElseIs404() throws Exception {
        post("/1.1/comment-check", comment());
        HttpResponse<String> usage = get("/1.2/usage-limit?api_key=" + KEY);
        assertEquals(200, usage.statusCode());
        assertTrue(usage.body().contains("\"limit\":\"none\""), usage.body());
        assertTrue(usage.body().contains("\"usage\":1"), usage.body());
        assertEquals(200, get("/1.2/key-sites?api_key=" + KEY).statusCode());

        assertEquals(404, get("/1.1/comment-check").statusCode());
        assertEquals(404, post("/1.2/usage-limit", Map.of("api_key", KEY)).statusCode());
        assertEquals(404, post("/1.1/nothing-here", comment()).statusCode());
    }

    @Test
    void recordsPathHeadersAndFields() throws Exception {
        post("/1.1/comment-check", comment("comment_content", "Ünïcödé & more"));
        post("/1.1/submit-ham", comment("reporter", "carol"));

        RecordedRequest check = sim.requests("/1.1/comment-check").get(0);
        assertEquals("POST", check.method());
        assertEquals("Ünïcödé & more", check.field("comment_content"));
        assertEquals("Newsroom/1.0.0 | NewsroomAkismet/1.0.0", check.header("User-Agent"));
        assertEquals("carol", sim.requests("/1.1/submit-ham").get(0).field("reporter"));

        HttpResponse<String> listed = control("GET", "/requests?path=/1.1/submit-ham", null);
        assertEquals(200, listed.statusCode());
        assertTrue(listed.body().startsWith("[{"), listed.body());
        assertTrue(listed.body().contains("\"reporter\":\"carol\""), listed.body());
        assertTrue(!listed.body().contains("comment-check"), listed.body());

        assertEquals(204, control("DELETE", "/requests", null).statusCode());
        assertEquals(0, sim.requests().size());
    }

    @Test
    void switchesOverTheControlApi() throws Exception {
        assertEquals(200, control("POST", "/mode", "error500").statusCode());
        assertEquals(500, post("/1.1/comment-check", comment()).statusCode());

        assertEquals(200, control("POST", "/mode", "{\"mode\":\"throttle429\",\"retryAfterSeconds\":7}").statusCode());
        HttpResponse<String> throttled = post("/1.1/comment-check", comment());
        assertEquals(429, throttled.statusCode());
        assertEquals("7", throttled.headers().firstValue("Retry-After").orElseThrow());

        java.time.Instant asked = java.time.Instant.now();
        assertEquals(200, control("POST", "/mode",
                "{\"mode\":\"throttle429\",\"retryAfterSeconds\":7,\"retryAfterForm\":\"date\"}").statusCode());
        String date = post("/1.1/comment-check", comment()).headers().firstValue("Retry-After").orElseThrow();
        java.time.Instant until = java.time.ZonedDateTime.parse(date, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                .toInstant();
        assertTrue(!until.isBefore(asked.plusSeconds(7)) && until.isBefore(asked.plusSeconds(9)), date);
        assertEquals(400, control("POST", "/mode", "{\"mode\":\"throttle429\",\"retryAfterForm\":\"soon\"}").statusCode());

        control("POST", "/mode", "mode=garbage");
        HttpResponse<String> garbage = post("/1.1/comment-check", comment());
        assertEquals(200, garbage.statusCode());
        assertTrue(!garbage.body().equals("true") && !garbage.body().equals("false"));

        control("POST", "/mode", "alert");
        HttpResponse<String> alert = post("/1.1/comment-check", comment());
        assertEquals("false", alert.body());
        assertEquals("10003", alert.headers().firstValue("X-akismet-alert-code").orElseThrow());
        assertTrue(alert.headers().firstValue("X-akismet-alert-msg").isPresent());

        HttpResponse<String> unknown = control("POST", "/mode", "sideways");
        assertEquals(400, unknown.statusCode());
        assertEquals(Mode.ALERT, sim.mode());

        control("POST", "/mode", "normal");
        assertEquals("false", post("/1.1/comment-check", comment()).body());
        assertTrue(control("GET", "/mode", null).body().contains("\"mode\":\"normal\""));
    }

    @Test
    void slowAnswersOutlastTheClientTimeout() throws Exception {
        sim.slowDelay(Duration.ofSeconds(5)).mode(Mode.SLOW);
        assertThrows(HttpTimeoutException.class, () -> post("/1.1/comment-check", comment()));
        assertEquals(1, sim.requests("/1.1/comment-check").size());
    }

    @Test
    void refuseDropsAkismetConnectionsButKeepsTheControlApi() throws Exception {
        sim.mode(Mode.REFUSE);
        assertThrows(IOException.class, () -> post("/1.1/comment-check", comment()));
        HttpResponse<String> state = control("GET", "/mode", null);
        assertEquals(200, state.statusCode());
        assertTrue(state.body().contains("\"mode\":\"refuse\""));
        control("POST", "/reset", null);
        assertEquals("false", post("/1.1/comment-check", comment()).body());
    }
}
