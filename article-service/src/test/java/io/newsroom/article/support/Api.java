package io.newsroom.article.support;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Short ways through the workflow for tests that need a story in a given state. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(TestTokens.of(user)).contentType(ContentType.JSON);
    }

    public static Map<String, Object> story(String title) {
        return Map.of(
                "title", title,
                "summary", "What happened, in one line.",
                "body", "The body of the story.",
                "tags", java.util.List.of("Politics", "city"),
                "sources", java.util.List.of(Map.of("title", "Council minutes", "url", "https://example.org/minutes")));
    }

    public static String draft(String author, String title) {
        return as(author).body(story(title)).post("/articles").then().statusCode(201).extract().path("id");
    }

    public static String inReview(String author, String title) {
        String id = draft(author, title);
        as(author).post("/articles/{id}/submit", id).then().statusCode(200);
        return id;
    }

    public static Map<String, Object> verified() {
        return Map.of("verdict", "VERIFIED", "notes", "Checked against the minutes.",
                "sourcesChecked", java.util.List.of(Map.of("title", "Council minutes", "url", "https://example.org/minutes")));
    }

    /** The ETag of the story as a member of staff reads it now. */
    public static String etag(String user, String id) {
        return as(user).get("/articles/{id}", id).then().statusCode(200).extract().header("ETag");
    }

    /** A fact-check request on the version the checker reads now (If-Match). */
    public static RequestSpecification checking(String checker, String id) {
        return as(checker).header("If-Match", etag(checker, id));
    }

    public static String factChecked(String author, String title) {
        String id = inReview(author, title);
        checking("bob", id).body(verified()).post("/articles/{id}/fact-check", id).then().statusCode(200);
        return id;
    }

    public static String published(String author, String title) {
        String id = factChecked(author, title);
        as(author).post("/articles/{id}/publish", id).then().statusCode(200);
        return id;
    }
}
