package io.newsroom.system;

import static io.newsroom.system.Newsroom.anonymous;
import static io.newsroom.system.Newsroom.publishedStory;
import static io.newsroom.system.Newsroom.reply;
import static io.newsroom.system.Newsroom.system;
import static io.newsroom.system.Newsroom.uniqueIp;
import static io.newsroom.system.Newsroom.within;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Scenario 3: every endpoint of every service, called by nobody and by each demo user with a real Keycloak
 * token, answers the status the design gives it — and bad tokens are 401 everywhere.
 */
@Order(3)
class RolesIT {

    static final List<String> CALLERS = List.of("anonymous", "erin", "alice", "bob", "carol", "dave");

    /** One row of the table: how to call the endpoint (fresh state for each caller), and what each caller gets. */
    record Row(String endpoint, java.util.function.Function<String, Http.Reply> call, int... expected) {
    }

    @Test
    void everyEndpointAnswersEachRoleAsDesigned() {
        NewsroomSystem system = system();
        String published = publishedStory("Roles table story");
        String draft = Http.post(system.articles("/articles"), Tokens.of("alice"),
                new JsonObject().put("title", "Roles table draft").put("body", "b")).json().getString("id");
        String commentId = reply(published, anonymous("Role Reader", "role@example.net", "A comment for the roles table"), uniqueIp())
                .json().getString("id");
        within(Duration.ofSeconds(20)).until(() -> !Newsroom.moderationStatus(commentId).startsWith("UNKNOWN"));
        JsonObject settings = Http.get(system.moderation("/moderation/settings"), Tokens.of("dave")).json();

        Supplier<String> inReview = () -> {
            String id = Http.post(system.articles("/articles"), Tokens.of("alice"),
                    new JsonObject().put("title", "Review me").put("body", "b")).json().getString("id");
            Http.post(system.articles("/articles/" + id + "/submit"), Tokens.of("alice"), null);
            return id;
        };
        JsonObject story = new JsonObject().put("title", "Role story").put("body", "b");
        JsonObject check = new JsonObject().put("verdict", "VERIFIED")
                .put("sourcesChecked", new JsonArray().add(new JsonObject().put("title", "s").put("url", "https://example.org/s")));
        JsonObject comment = anonymous("Any Reader", "any@example.net", "Roles");

        //                                              anonymous erin alice bob  carol dave
        List<Row> table = List.of(
                new Row("GET /articles", t -> Http.get(system.articles("/articles"), t), 200, 200, 200, 200, 200, 200),
                new Row("GET /articles/{published}", t -> Http.get(system.articles("/articles/" + published), t), 200, 200, 200, 200, 200, 200),
                new Row("GET /articles/{draft}", t -> Http.get(system.articles("/articles/" + draft), t), 404, 404, 200, 200, 404, 200),
                new Row("GET /articles?status=DRAFT", t -> Http.get(system.articles("/articles?status=DRAFT"), t), 401, 403, 200, 200, 403, 200),
                new Row("POST /articles", t -> Http.post(system.articles("/articles"), t, story), 401, 403, 201, 403, 403, 403),
                new Row("PUT /articles/{id}", t -> Http.send(Http.builder(system.articles("/articles/" + draft), t)
                        .header("Content-Type", "application/json").header("If-Match", etag(draft))
                        .PUT(HttpRequest.BodyPublishers.ofString(story.encode()))), 401, 403, 200, 403, 403, 403),
                new Row("GET /articles/{id}/revisions", t -> Http.get(system.articles("/articles/" + draft + "/revisions"), t),
                        401, 403, 200, 200, 403, 200),
                new Row("GET /ready (each service)", t -> {
                    for (String service : List.of("article-service", "comment-service", "moderation-service")) {
                        Http.Reply ready = Http.get(system.url(service, "/ready"), t);
                        if (ready.status() != 200) {
                            return ready;
                        }
                    }
                    return Http.get(system.url("moderation-service", "/ready"), t);
                }, 200, 200, 200, 200, 200, 200),
                new Row("POST /articles/{id}/submit", t -> Http.post(system.articles("/articles/" + freshDraft() + "/submit"), t, null),
                        401, 403, 200, 403, 403, 403),
                new Row("POST /articles/{id}/fact-check", t -> {
                            String id = inReview.get();
                            return Http.send(Http.builder(system.articles("/articles/" + id + "/fact-check"), t)
                                    .header("Content-Type", "application/json").header("If-Match", etag(id))
                                    .POST(HttpRequest.BodyPublishers.ofString(check.encode())));
                        }, 401, 403, 403, 200, 403, 403),
                new Row("POST /articles/{id}/publish", t -> Http.post(system.articles("/articles/" + published + "/publish"), t, null),
                        401, 403, 409, 403, 403, 403),
                new Row("POST /articles/{id}/corrections", t -> Http.post(system.articles("/articles/" + published + "/corrections"), t,
                        new JsonObject().put("text", "A correction.")), 401, 403, 200, 403, 403, 403),
                new Row("POST /articles/{id}/comments/close", t -> Http.post(system.articles("/articles/" + draft + "/comments/close"), t, null),
                        401, 403, 200, 403, 403, 403),
                new Row("POST /articles/{id}/comments (reply)", t -> Http.send(Http.builder(system.comments("/articles/" + published + "/comments"), t)
                        .header("Content-Type", "application/json").header("X-Forwarded-For", uniqueIp())
                        .POST(HttpRequest.BodyPublishers.ofString(comment.copy().put("content", "Roles " + Math.random()).encode()))),
                        202, 202, 202, 202, 202, 202),
                new Row("GET /articles/{id}/comments", t -> Http.get(system.comments("/articles/" + published + "/comments"), t),
                        200, 200, 200, 200, 200, 200),
                new Row("GET /privacy/requests", t -> Http.get(system.comments("/privacy/requests"), t),
                        401, 403, 403, 403, 403, 200),
                new Row("POST /privacy/exports", t -> Http.post(system.comments("/privacy/exports"), t,
                        new JsonObject().put("email", "nobody@example.net")), 401, 403, 403, 403, 403, 200),
                new Row("POST /privacy/erasures", t -> Http.post(system.comments("/privacy/erasures"), t,
                        new JsonObject().put("email", "nobody@example.net")), 401, 403, 403, 403, 403, 202),
                new Row("GET /moderation/comments", t -> Http.get(system.moderation("/moderation/comments"), t), 401, 403, 403, 403, 200, 200),
                new Row("GET /moderation/comments/{id}", t -> Http.get(system.moderation("/moderation/comments/" + commentId), t),
                        401, 403, 403, 403, 200, 200),
                new Row("POST /moderation/comments/{id}/approve", t -> Http.post(system.moderation("/moderation/comments/" + commentId + "/approve"), t, null),
                        401, 403, 403, 403, 200, 200),
                new Row("POST /moderation/comments/bulk", t -> Http.post(system.moderation("/moderation/comments/bulk"), t,
                        new JsonObject().put("action", "approve").put("ids", new JsonArray().add(commentId))), 401, 403, 403, 403, 200, 200),
                new Row("POST /moderation/recheck", t -> Http.post(system.moderation("/moderation/recheck"), t, null), 401, 403, 403, 403, 200, 200),
                new Row("GET /moderation/stats", t -> Http.get(system.moderation("/moderation/stats"), t), 401, 403, 403, 403, 200, 200),
                new Row("GET /moderation/settings", t -> Http.get(system.moderation("/moderation/settings"), t), 401, 403, 403, 403, 403, 200),
                new Row("PUT /moderation/settings", t -> Http.put(system.moderation("/moderation/settings"), t, settings), 401, 403, 403, 403, 403, 200),
                new Row("POST /moderation/privacy/exports", t -> Http.post(system.moderation("/moderation/privacy/exports"), t,
                        new JsonObject().put("email", "nobody@example.net")), 401, 403, 403, 403, 403, 200));

        List<String> wrong = new ArrayList<>();
        Map<String, String> printed = new LinkedHashMap<>();
        for (Row row : table) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                Http.Reply reply = row.call().apply(caller.equals("anonymous") ? null : Tokens.of(caller));
                line.append(String.format(" %-5d", reply.status()));
                if (reply.status() != row.expected()[i]) {
                    wrong.add(row.endpoint() + " as " + caller + ": expected " + row.expected()[i] + ", got " + reply);
                }
                if (reply.status() >= 400 && !reply.contentType().startsWith("application/problem+json")) {
                    wrong.add(row.endpoint() + " as " + caller + ": a " + reply.status() + " that is not problem+json: " + reply);
                }
            }
            printed.put(row.endpoint(), line.toString());
        }
        System.out.printf("%-42s %-5s %-5s %-5s %-5s %-5s %-5s%n", "endpoint", "anon", "erin", "alice", "bob", "carol", "dave");
        printed.forEach((endpoint, line) -> System.out.printf("%-42s%s%n", endpoint, line));
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void tokensFromAnotherRealmExpiredOrTamperedAre401Everywhere() {
        NewsroomSystem system = system();
        String otherRealm = Tokens.fetch("master", "admin-cli", "admin", "admin");
        String good = Tokens.of("carol");
        int dot = good.lastIndexOf('.');
        char flipped = good.charAt(dot + 5) == 'A' ? 'B' : 'A';
        String tampered = good.substring(0, dot + 5) + flipped + good.substring(dot + 6);
        String shortLived = Tokens.fetch("newsroom", "newsroom-short-lived", "carol", "carol");
        assertEquals(200, Http.get(system.moderation("/moderation/comments"), shortLived).status(), "fresh, it is accepted");
        within(Duration.ofSeconds(30)).until(() -> Http.get(system.moderation("/moderation/comments"), shortLived).status() == 401);

        List<String> urls = List.of(system.moderation("/moderation/comments"), system.articles("/articles?status=DRAFT"),
                system.comments("/privacy/requests"));
        for (String token : List.of(otherRealm, tampered, shortLived, "not.a.token")) {
            for (String url : urls) {
                Http.Reply reply = Http.get(url, token);
                assertEquals(401, reply.status(), url + " with a bad token: " + reply);
            }
        }
    }

    private static String freshDraft() {
        return Http.post(system().articles("/articles"), Tokens.of("alice"),
                new JsonObject().put("title", "Fresh draft").put("body", "b")).json().getString("id");
    }

    private static String etag(String id) {
        return Http.get(system().articles("/articles/" + id), Tokens.of("alice")).header("ETag");
    }
}
