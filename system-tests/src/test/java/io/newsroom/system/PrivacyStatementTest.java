package io.newsroom.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * The privacy statement (README's Privacy section and web's /privacy page) holds to the configuration: each period
 * it names is read from the services' application.properties, so a period changed there without the statement
 * (or the other way round) fails here.
 */
class PrivacyStatementTest {

    private final Path root = RunLocal.root();

    private Properties properties(String service) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(root.resolve(service + "/src/main/resources/application.properties"))));
        return p;
    }

    /** "30d", "15d", "720h", "P30D" → days. */
    static long days(String value) {
        String v = value.trim();
        if (v.matches("\\d+d")) {
            return Long.parseLong(v.substring(0, v.length() - 1));
        }
        if (v.matches("\\d+h")) {
            return Duration.ofHours(Long.parseLong(v.substring(0, v.length() - 1))).toDays();
        }
        return Duration.parse(v).toDays();
    }

    private static long same(String what, List<Long> values) {
        assertTrue(values.stream().distinct().count() == 1, what + " differs between services: " + values);
        return values.get(0);
    }

    List<String> expectedSentences() throws IOException {
        Properties comment = properties("comment-service");
        Properties moderation = properties("moderation-service");
        Properties article = properties("article-service");
        long ip = same("the IP retention", List.of(days(comment.getProperty("newsroom.comments.ip-retention")),
                days(moderation.getProperty("newsroom.moderation.ip-retention"))));
        long spam = same("the spam retention", List.of(days(comment.getProperty("newsroom.comments.spam-retention")),
                Long.parseLong(moderation.getProperty("newsroom.moderation.defaults.spam-purge-days"))));
        long trash = same("the trash retention", List.of(days(comment.getProperty("newsroom.comments.trash-retention")),
                days(moderation.getProperty("newsroom.moderation.trash-retention"))));
        List<Long> ttls = new ArrayList<>();
        for (Properties p : List.of(comment, moderation, article)) {
            p.stringPropertyNames().stream().filter(k -> k.endsWith(".dead-letter-ttl"))
                    .forEach(k -> ttls.add(Duration.ofMillis(Long.parseLong(p.getProperty(k))).toDays()));
        }
        assertTrue(ttls.size() >= 5, "every dead-letter queue has a TTL: " + ttls);
        long dlq = same("the dead-letter TTL", ttls);
        return List.of(
                "IP addresses, user agents and referrers are removed from every copy after " + ip + " days.",
                "Spam and discarded comments are deleted after " + spam + " days.",
                "Trashed comments are deleted after " + trash + " days.",
                // the as-submitted copy expires with the spam purge's cutoff (SpamPurge.expireAsSubmitted)
                "The copy sent to Akismet is deleted after " + spam + " days.",
                "Undeliverable events (dead letters) expire after " + dlq + " days.");
    }

    private static String flat(String text) {
        return text.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    @Test
    void readmeNamesEveryPeriodAsConfigured() throws IOException {
        String readme = Files.readString(root.resolve("README.md"));
        String privacy = flat(readme.substring(readme.indexOf("\n## Privacy"), readme.indexOf("\n## How it scales")));
        for (String sentence : expectedSentences()) {
            assertTrue(privacy.contains(sentence), "README's Privacy section says: " + sentence);
        }
    }

    @Test
    void thePrivacyPageNamesEveryPeriodAsConfigured() throws IOException {
        String page = flat(Files.readString(root.resolve("web/src/main/resources/templates/privacy/privacy.html")));
        for (String sentence : expectedSentences()) {
            assertTrue(page.contains(sentence), "/privacy says: " + sentence);
        }
        for (String field : List.of("Name", "Email address", "Website", "Comment", "IP address", "Browser user agent",
                "Referring page")) {
            assertTrue(page.contains(field), "/privacy names " + field);
        }
    }

    @Test
    void periodsAreRead() {
        assertEquals(30, days("30d"));
        assertEquals(30, days("720h"));
        assertEquals(15, days("P15D"));
    }
}
