package io.newsroom.system;

import static io.newsroom.system.Newsroom.anonymous;
import static io.newsroom.system.Newsroom.moderationStatus;
import static io.newsroom.system.Newsroom.publicThreads;
import static io.newsroom.system.Newsroom.publishedStory;
import static io.newsroom.system.Newsroom.reply;
import static io.newsroom.system.Newsroom.system;
import static io.newsroom.system.Newsroom.uniqueIp;
import static io.newsroom.system.Newsroom.within;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Issue 12, from outside: one erasure request, and the reader is gone from every table of every service and from
 * every queue of the broker, while the replies others wrote to them still read under a "deleted" placeholder.
 * Then a logged-in reader exports and erases themself, with their own Keycloak token.
 */
@Order(9)
class ErasureIT {

    private static final List<String> SERVICES = List.of("article-service", "comment-service", "moderation-service");

    @Test
    void oneRequestErasesAReaderEverywhere() throws Exception {
        NewsroomSystem system = system();
        String story = publishedStory("Harbour wall to be rebuilt");
        String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
        String name = "Erasmus Vandermeer " + tag;
        String email = "erasmus." + tag + "@reader.example";
        // three digits in the last part: no other address of the run has this one inside it
        String ip = "10.254." + ThreadLocalRandom.current().nextInt(1, 250) + "." + ThreadLocalRandom.current().nextInt(100, 250);
        String approvedText = "The old wall held for a century " + tag;
        String pendingText = "Compare https://example.org/a" + tag + " https://example.org/b https://example.org/c " + tag;
        String spamText = "Cheap harbour tours today " + tag;
        String parentText = "Who pays for the new wall " + tag;

        String approved = post(story, anonymous(name, email, approvedText).put("url", "https://erasmus.example/" + tag), ip);
        String parent = post(story, anonymous(name, email, parentText), ip);
        String pending = post(story, anonymous(name, email, pendingText), ip);
        String spam = post(story, anonymous(name, email, spamText), ip);
        within(Duration.ofSeconds(60)).until(() -> "APPROVED".equals(moderationStatus(approved))
                && "APPROVED".equals(moderationStatus(parent)) && "PENDING".equals(moderationStatus(pending))
                && "APPROVED".equals(moderationStatus(spam)));
        // a moderator corrects Akismet: the spam queue, and a submit-spam with the as-submitted copy
        Http.Reply marked = Http.post(system.moderation("/moderation/comments/" + spam + "/spam"), Tokens.of("carol"), null);
        assertEquals(200, marked.status(), marked.toString());
        within(Duration.ofSeconds(30)).until(() -> "SPAM".equals(moderationStatus(spam)));
        Http.Reply detail = Http.get(system.moderation("/moderation/comments/" + approved), Tokens.of("carol"));
        assertTrue(detail.body().contains(ip) && detail.body().contains(email), "moderation holds the reader: " + detail);

        // replies by others, to the reader's comment
        String replyText = "The council does, " + tag.toUpperCase();
        String otherReply = post(story, anonymous("Olga Other", "olga." + tag + "@reader.example", replyText)
                .put("parentId", parent), uniqueIp());
        within(Duration.ofSeconds(60)).until(() -> "APPROVED".equals(moderationStatus(otherReply))
                && publicThreads(story).encode().contains(replyText));
        List<String> needles = List.of(email, ip, name, approvedText, pendingText, spamText, parentText);
        assertTrue(scan(system, needles).matches() > 0, "the scan finds the reader before the erasure");

        // one request, by an admin, the email in the body
        Http.Reply asked = Http.post(system.comments("/privacy/erasures"), Tokens.of("dave"), new JsonObject().put("email", email));
        assertEquals(202, asked.status(), asked.toString());
        String record = java.net.URI.create(asked.header("Location")).getPath();
        assertFalse(record.contains(email) || asked.body().contains(email), "the record names a hash: " + asked);
        AtomicReference<JsonObject> done = new AtomicReference<>();
        within(Duration.ofSeconds(60)).until(() -> {
            Http.Reply r = Http.get(system.comments(record), Tokens.of("dave"));
            done.set(r.json());
            return r.status() == 200 && "DONE".equals(r.json().getString("status"));
        });
        JsonObject services = done.get().getJsonObject("services");
        assertEquals(4, services.getJsonObject("comment-service").getInteger("comments"), done.get().encode());
        assertEquals(4, services.getJsonObject("moderation-service").getInteger("comments"), done.get().encode());
        assertTrue(services.getJsonObject("moderation-service").getInteger("historyLines") >= 4, done.get().encode());
        assertTrue(done.get().getString("finishedAt") != null, done.get().encode());
        JsonArray log = Http.get(system.comments("/privacy/requests"), Tokens.of("dave")).json().getJsonArray("items");
        assertTrue(log.stream().map(JsonObject.class::cast).anyMatch(r -> r.getString("id").equals(done.get().getString("id"))
                && "dave".equals(r.getString("requestedBy"))), "the request is in the record: " + log);

        // others' reply still reads, under a placeholder
        JsonObject threads = publicThreads(story);
        JsonObject placeholder = threads.getJsonArray("comments").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("id").equals(parent)).findFirst().orElseThrow(() -> new AssertionError(threads.encode()));
        assertTrue(placeholder.getBoolean("deleted"), placeholder.encode());
        assertEquals("deleted", placeholder.getString("authorName"), placeholder.encode());
        assertEquals(replyText, placeholder.getJsonArray("replies").getJsonObject(0).getString("content"), placeholder.encode());

        Scan after = scan(system, needles);
        System.out.printf("erasure scan: %d tables, %d columns, %d queues, %d matches%n", after.tables(), after.columns(),
                after.queues(), after.matches());
        assertEquals(List.of(), after.found(), "nothing of the reader is left anywhere");
        assertTrue(after.tables() >= 10 && after.columns() >= 50 && after.queues() >= 6, after.toString());
    }

    @Test
    void aLoggedInReaderExportsAndErasesThemself() {
        NewsroomSystem system = system();
        String story = publishedStory("Ferry timetable changes");
        String text = "Logged in and leaving " + Long.toString(System.nanoTime(), 36);
        AtomicReference<Http.Reply> posted = new AtomicReference<>();
        within(Duration.ofSeconds(40)).until(() -> {
            posted.set(Http.send(Http.builder(system.comments("/articles/" + story + "/comments"), Tokens.of("erin"))
                    .header("Content-Type", "application/json").header("X-Forwarded-For", uniqueIp())
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(new JsonObject().put("content", text).encode()))));
            return posted.get().status() != 429; // a reply of erin's from another test, moments ago
        });
        assertEquals(202, posted.get().status(), posted.get().toString());
        String id = posted.get().json().getString("id");
        within(Duration.ofSeconds(60)).until(() -> !moderationStatus(id).startsWith("UNKNOWN"));

        Http.Reply export = Http.post(system.comments("/privacy/me/export"), Tokens.of("erin"), null);
        assertEquals(200, export.status(), export.toString());
        JsonObject mine = export.json().getJsonObject("services");
        assertTrue(mine.getJsonObject("comment-service").encode().contains(text), export.toString());
        assertTrue(mine.getJsonObject("moderation-service").encode().contains(text), "moderation's copy and history too: " + export);
        assertTrue(mine.getJsonObject("moderation-service").encode().contains("history"), export.toString());

        Http.Reply erased = Http.post(system.comments("/privacy/me/erasure"), Tokens.of("erin"), null);
        assertEquals(202, erased.status(), erased.toString());
        String record = java.net.URI.create(erased.header("Location")).getPath();
        within(Duration.ofSeconds(60)).until(() -> "DONE".equals(Http.get(system.comments(record), Tokens.of("erin")).json().getString("status")));
        assertEquals(404, Http.get(system.comments(record), Tokens.of("carol")).status(), "not carol's to read");

        Http.Reply again = Http.post(system.comments("/privacy/me/export"), Tokens.of("erin"), null);
        assertEquals(200, again.status(), again.toString());
        assertEquals(0, again.json().getJsonObject("services").getJsonObject("comment-service").getInteger("count"), again.toString());
        assertEquals(0, again.json().getJsonObject("services").getJsonObject("moderation-service").getInteger("count"), again.toString());
    }

    private static String post(String story, JsonObject body, String ip) {
        AtomicReference<Http.Reply> reply = new AtomicReference<>();
        // the same reader again within 15 s is a flood: wait it out, as a person would
        within(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            reply.set(reply(story, body, ip));
            return reply.get().status() != 429;
        });
        assertEquals(202, reply.get().status(), reply.get().toString());
        return reply.get().json().getString("id");
    }

    record Scan(int tables, int columns, int queues, int matches, List<String> found) {
    }

    /** Every text and JSON column of every table of the three databases, and every message waiting in the broker. */
    private static Scan scan(NewsroomSystem system, List<String> needles) throws Exception {
        int tables = 0;
        int columns = 0;
        List<String> found = new ArrayList<>();
        for (String service : SERVICES) {
            String db = system.database(service);
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + db, "postgres", "")) {
                List<String[]> cols = new ArrayList<>();
                try (PreparedStatement st = c.prepareStatement("select table_name, column_name from information_schema.columns "
                        + "where table_schema = 'public' and data_type in ('text', 'character varying', 'character', 'json', 'jsonb') "
                        + "order by table_name, column_name"); ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        cols.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
                tables += (int) cols.stream().map(col -> col[0]).distinct().count();
                columns += cols.size();
                for (String[] col : cols) {
                    for (String needle : needles) {
                        int n = count(c, col[0], col[1], needle);
                        if (n > 0) {
                            found.add(db + "." + col[0] + "." + col[1] + " holds " + needle + " (" + n + ")");
                        }
                    }
                }
            }
        }
        List<String> queues = NewsroomSystem.rabbitmqctlOutput("list_queues", "-p", system.vhost(), "-q", "--no-table-headers", "name")
                .lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setVirtualHost(system.vhost());
        factory.setUsername(NewsroomSystem.OPERATOR);
        factory.setPassword(system.operatorPassword());
        try (com.rabbitmq.client.Connection connection = factory.newConnection()) {
            for (String queue : queues) {
                // peek: take without acknowledging, then give everything back
                try (Channel channel = connection.createChannel()) {
                    GetResponse message;
                    long last = -1;
                    int seen = 0;
                    while (seen < 10_000 && (message = channel.basicGet(queue, false)) != null) {
                        seen++;
                        last = message.getEnvelope().getDeliveryTag();
                        String body = new String(message.getBody(), StandardCharsets.UTF_8).toLowerCase();
                        for (String needle : needles) {
                            if (body.contains(needle.toLowerCase())) {
                                found.add("queue " + queue + " holds " + needle);
                            }
                        }
                    }
                    if (last >= 0) {
                        channel.basicNack(last, true, true);
                    }
                }
            }
        }
        return new Scan(tables, columns, queues.size(), found.size(), found);
    }

    private static int count(Connection c, String table, String column, String needle) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select count(*) from \"" + table + "\" where strpos(lower(cast(\""
                + column + "\" as text)), lower(?)) > 0")) {
            st.setString(1, needle);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

}
