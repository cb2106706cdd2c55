package io.newsroom.system;

import static io.newsroom.system.Newsroom.publishedStory;
import static io.newsroom.system.Newsroom.system;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * One error design in three services: the same kinds of bad request, sent to article-, comment- and
 * moderation-service, come back as problem+json of the same shape — the same {@code type} URI and {@code title}
 * for the same kind, {@code status} as sent, a {@code detail}, {@code instance} the request's path, and for a bad
 * field one {@code violations} entry of {@code {field, message}} naming it.
 */
@Order(8)
class ProblemShapeIT {

    static final String TYPES = "https://newsroom.example.org/problems/";

    /** One kind of bad request, as each service receives it: its path and how to send it. */
    record Kind(String name, int status, String type, String title, Map<String, Call> calls) {
    }

    record Call(String path, Function<String, HttpRequest.Builder> send) {
    }

    static HttpRequest.Builder json(String url, String token, String method, String body) {
        return Http.builder(url, token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    static HttpRequest.Builder text(String url, String token, String method) {
        return Http.builder(url, token).header("Content-Type", "text/plain")
                .method(method, HttpRequest.BodyPublishers.ofString("linkLimit=3"));
    }

    @Test
    void theSameBadRequestsGetTheSameProblemShapeFromEveryService() {
        NewsroomSystem system = system();
        String story = publishedStory("Problem shapes");
        String unknown = UUID.randomUUID().toString();
        String comments = "/articles/" + story + "/comments";
        String alice = Tokens.of("alice");
        String carol = Tokens.of("carol");
        String dave = Tokens.of("dave");
        String erin = Tokens.of("erin");
        JsonObject settings = Http.get(system.moderation("/moderation/settings"), dave).json();

        List<Kind> kinds = List.of(
                new Kind("malformed JSON", 400, "malformed-json", "Malformed JSON", Map.of(
                        "article-service", new Call("/articles", u -> json(u, alice, "POST", "{\"title\": \"Half")),
                        "comment-service", new Call(comments, u -> json(u, null, "POST", "{\"author\": \"Half")),
                        "moderation-service", new Call("/moderation/comments/bulk", u -> json(u, carol, "POST", "{\"action\": \"Half")))),
                new Kind("a bad field", 400, "validation", "Invalid request", Map.of(
                        "article-service", new Call("/articles", u -> json(u, alice, "POST",
                                new JsonObject().put("title", " ").put("body", "A body").encode())),
                        "comment-service", new Call(comments, u -> json(u, null, "POST",
                                new JsonObject().put("author", "Ann").put("email", "not-an-address").put("content", "Hi").encode())),
                        "moderation-service", new Call("/moderation/settings", u -> json(u, dave, "PUT",
                                settings.copy().put("linkLimit", -1).encode())))),
                new Kind("no token", 401, "unauthorized", "Unauthorized", Map.of(
                        "article-service", new Call("/articles?status=DRAFT", u -> Http.builder(u, null).GET()),
                        "comment-service", new Call("/privacy/requests", u -> Http.builder(u, null).GET()),
                        "moderation-service", new Call("/moderation/comments", u -> Http.builder(u, null).GET()))),
                new Kind("the wrong role", 403, "forbidden", "Forbidden", Map.of(
                        "article-service", new Call("/articles?status=DRAFT", u -> Http.builder(u, erin).GET()),
                        "comment-service", new Call("/privacy/requests", u -> Http.builder(u, erin).GET()),
                        "moderation-service", new Call("/moderation/comments", u -> Http.builder(u, erin).GET()))),
                new Kind("nothing there", 404, "not-found", "Not Found", Map.of(
                        "article-service", new Call("/articles/" + unknown, u -> Http.builder(u, null).GET()),
                        "comment-service", new Call("/comments/" + unknown, u -> Http.builder(u, null).GET()),
                        "moderation-service", new Call("/moderation/comments/" + unknown, u -> Http.builder(u, carol).GET()))),
                new Kind("no such route", 404, "not-found", "Not Found", Map.of(
                        "article-service", new Call("/no/such/route", u -> Http.builder(u, null).GET()),
                        "comment-service", new Call("/no/such/route", u -> Http.builder(u, null).GET()),
                        "moderation-service", new Call("/no/such/route", u -> Http.builder(u, null).GET()))),
                new Kind("a method not allowed", 405, "method-not-allowed", "Method Not Allowed", Map.of(
                        "article-service", new Call("/articles", u -> Http.builder(u, alice).DELETE()),
                        "comment-service", new Call(comments, u -> Http.builder(u, null).DELETE()),
                        "moderation-service", new Call("/moderation/comments", u -> Http.builder(u, carol).DELETE()))),
                new Kind("a body that is not JSON", 415, "unsupported-media-type", "Unsupported Media Type", Map.of(
                        "article-service", new Call("/articles", u -> text(u, alice, "POST")),
                        "comment-service", new Call(comments, u -> text(u, null, "POST")),
                        "moderation-service", new Call("/moderation/settings", u -> text(u, dave, "PUT")))));

        Map<String, Function<String, String>> base = Map.of("article-service", system::articles,
                "comment-service", system::comments, "moderation-service", system::moderation);
        List<String> wrong = new ArrayList<>();
        for (Kind kind : kinds) {
            Map<String, Set<String>> shapes = new LinkedHashMap<>();
            for (Map.Entry<String, Call> call : new java.util.TreeMap<>(kind.calls()).entrySet()) {
                String service = call.getKey();
                Http.Reply reply = Http.send(call.getValue().send().apply(base.get(service).apply(call.getValue().path())));
                String where = kind.name() + " at " + service + " " + call.getValue().path() + ": ";
                System.out.printf("%-26s %-20s %d %s%n", kind.name(), service, reply.status(), reply.body());
                if (reply.status() != kind.status() || !reply.contentType().startsWith("application/problem+json")) {
                    wrong.add(where + reply);
                    continue;
                }
                JsonObject problem = reply.json();
                shapes.put(service, problem.fieldNames());
                expect(wrong, where + "type", TYPES + kind.type(), problem.getString("type"));
                expect(wrong, where + "title", kind.title(), problem.getString("title"));
                expect(wrong, where + "status", kind.status(), problem.getInteger("status"));
                expect(wrong, where + "instance", call.getValue().path().replaceFirst("\\?.*", ""), problem.getString("instance"));
                if (problem.getString("detail") == null || problem.getString("detail").isBlank()) {
                    wrong.add(where + "no detail");
                }
                if (kind.status() == 401 && !"Bearer".equals(reply.header("WWW-Authenticate"))) {
                    wrong.add(where + "no WWW-Authenticate: Bearer");
                }
                if (kind.type().equals("validation")) {
                    JsonArray violations = problem.getJsonArray("violations");
                    if (violations == null || violations.isEmpty()) {
                        wrong.add(where + "no violations");
                    } else {
                        for (Object v : violations) {
                            JsonObject violation = (JsonObject) v;
                            expect(wrong, where + "a violation's fields", Set.of("field", "message"), violation.fieldNames());
                        }
                    }
                } else if (problem.containsKey("violations")) {
                    wrong.add(where + "violations on a " + kind.type() + " problem");
                }
            }
            if (new java.util.HashSet<>(shapes.values()).size() > 1) {
                wrong.add(kind.name() + ": the services answer different fields: " + shapes);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));

        // and each bad field is named the same way: as the client wrote it
        assertEquals("title", field(Http.send(json(system.articles("/articles"), alice, "POST",
                new JsonObject().put("title", " ").put("body", "A body").encode()))));
        assertEquals("email", field(Http.send(json(system.comments(comments), null, "POST",
                new JsonObject().put("author", "Ann").put("email", "not-an-address").put("content", "Hi").encode()))));
        assertEquals("linkLimit", field(Http.send(json(system.moderation("/moderation/settings"), dave, "PUT",
                settings.copy().put("linkLimit", -1).encode()))));
    }

    static void expect(List<String> wrong, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            wrong.add(what + " is " + actual + ", expected " + expected);
        }
    }

    static String field(Http.Reply reply) {
        return reply.json().getJsonArray("violations").getJsonObject(0).getString("field");
    }
}
