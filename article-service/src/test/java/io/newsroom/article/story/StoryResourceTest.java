package io.newsroom.article.story;

import static io.newsroom.article.support.Api.as;
import static io.newsroom.article.support.Api.draft;
import static io.newsroom.article.support.Api.published;
import static io.newsroom.article.support.Api.story;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.newsroom.article.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class StoryResourceTest {

    @Test
    void anEditorWritesADraft() {
        var response = as("alice").body(story("Council approves the new budget")).post("/articles")
                .then().statusCode(201)
                .header("Location", containsString("/articles/"))
                .header("ETag", notNullValue())
                .body("status", equalTo("DRAFT"))
                .body("slug", equalTo("council-approves-the-new-budget"))
                .body("author.name", equalTo("Alice Demo"))
                .body("tags", equalTo(List.of("politics", "city")))
                .body("sources[0].url", equalTo("https://example.org/minutes"))
                .body("commentCount", equalTo(0))
                .body("permalink", equalTo("https://news.test/articles/council-approves-the-new-budget"))
                .extract();
        String location = response.header("Location");
        as("alice").get(location).then().statusCode(200).body("title", equalTo("Council approves the new budget"));
    }

    @Test
    void theSameTitleTwiceGetsTwoSlugs() {
        String first = as("alice").body(story("Twin headline")).post("/articles").then().statusCode(201).extract().path("slug");
        String second = as("alice").body(story("Twin headline")).post("/articles").then().statusCode(201).extract().path("slug");
        assertEquals("twin-headline", first);
        assertEquals("twin-headline-2", second);
    }

    @Test
    void creatingNeedsAnEditor() {
        given().contentType(ContentType.JSON).body(story("No token")).post("/articles")
                .then().statusCode(401).contentType("application/problem+json");
        for (String user : List.of("erin", "bob", "carol", "dave")) {
            as(user).body(story("Wrong role")).post("/articles")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        as("ed").body(story("Ed writes too")).post("/articles").then().statusCode(201);
    }

    @Test
    void badTokensAreRefused() {
        String expired = TestTokens.token("alice", List.of("editor"), TestTokens.AUDIENCE, TestTokens.ISSUER, -60);
        String otherAudience = TestTokens.token("alice", List.of("editor"), "someone-else", TestTokens.ISSUER, 600);
        String otherIssuer = TestTokens.token("alice", List.of("editor"), TestTokens.AUDIENCE, "https://evil.example.com", 600);
        String good = TestTokens.of("alice");
        String tampered = good.substring(0, good.lastIndexOf('.') + 1) + "AAAA" + good.substring(good.lastIndexOf('.') + 5);
        String idToken = TestTokens.token("alice", List.of("editor"), TestTokens.AUDIENCE, TestTokens.ISSUER, 600, "ID");
        String refreshToken = TestTokens.token("alice", List.of("editor"), TestTokens.AUDIENCE, TestTokens.ISSUER, 600, "Refresh");
        for (String token : List.of(expired, otherAudience, otherIssuer, tampered, "not-a-jwt", idToken, refreshToken)) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(story("Refused")).post("/articles")
                    .then().statusCode(401);
        }
    }

    @Test
    void badInputIsAProblemAndStoresNothing() {
        long before = total("alice");
        Map<String, Object> noTitle = new HashMap<>(story("x"));
        noTitle.remove("title");
        as("alice").body(noTitle).post("/articles").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("title"));

        Map<String, Object> longBody = new HashMap<>(story("Long"));
        longBody.put("body", "x".repeat(200_001));
        as("alice").body(longBody).post("/articles").then().statusCode(400)
                .body("violations.field", hasItem("body"));

        Map<String, Object> badSource = new HashMap<>(story("Bad source"));
        badSource.put("sources", List.of(Map.of("title", "Evil", "url", "javascript:alert(1)"),
                Map.of("title", "Not a URL", "url", "minutes")));
        as("alice").body(badSource).post("/articles").then().statusCode(400)
                .body("violations.field", hasItem("sources[0].url"))
                .body("violations.field", hasItem("sources[1].url"));

        as("alice").body("{\"title\": \"unterminated").post("/articles").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("JSON"));
        as("alice").body("{\"title\": \"t\", \"body\": \"b\", \"tags\": \"not-a-list\"}").post("/articles")
                .then().statusCode(400).contentType("application/problem+json");
        as("alice").body("[]").post("/articles").then().statusCode(400);
        as("alice").post("/articles").then().statusCode(400);
        assertEquals(before, total("alice"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedUnread() {
        long before = total("alice");
        Map<String, Object> huge = new HashMap<>(story("Huge"));
        huge.put("body", "x".repeat(1_100_000));
        as("alice").body(huge).post("/articles").then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", containsString("larger than this service takes"));
        assertEquals(before, total("alice"));
    }

    @Test
    void editingNeedsTheCurrentETag() {
        var created = as("alice").body(story("Edit me")).post("/articles").then().statusCode(201).extract();
        String id = created.path("id");
        String etag = created.header("ETag");

        Map<String, Object> edit = new HashMap<>(story("Edited headline"));
        as("alice").body(edit).put("/articles/{id}", id).then().statusCode(428).contentType("application/problem+json");
        String newEtag = as("alice").header("If-Match", etag).body(edit).put("/articles/{id}", id)
                .then().statusCode(200).body("title", equalTo("Edited headline")).body("slug", equalTo("edited-headline"))
                .extract().header("ETag");
        // The first ETag is stale now: a second editor working from it must not overwrite the edit.
        Map<String, Object> stale = new HashMap<>(story("Stale headline"));
        as("ed").header("If-Match", etag).body(stale).put("/articles/{id}", id)
                .then().statusCode(412).contentType("application/problem+json");
        as("alice").header("If-Match", "\"garbage\"").body(stale).put("/articles/{id}", id).then().statusCode(412);
        as("alice").get("/articles/{id}", id).then().body("title", equalTo("Edited headline")).header("ETag", equalTo(newEtag));
        as("bob").header("If-Match", newEtag).body(stale).put("/articles/{id}", id).then().statusCode(403);
        given().header("If-Match", newEtag).contentType(ContentType.JSON).body(stale).put("/articles/{id}", id).then().statusCode(401);
    }

    @Test
    void unknownStoriesAre404Problems() {
        given().get("/articles/{id}", "00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/articles/no-such-slug").then().statusCode(404);
        as("alice").header("If-Match", "\"0\"").body(story("Ghost")).put("/articles/{id}", "00000000-0000-0000-0000-000000000000")
                .then().statusCode(404);
        as("alice").header("If-Match", "\"0\"").body(story("Ghost")).put("/articles/not-a-uuid").then().statusCode(404);
    }

    @Test
    void draftsAreInvisibleToThePublicAndVisibleToStaff() {
        String id = draft("alice", "A secret draft");
        String slug = as("alice").get("/articles/{id}", id).then().extract().path("slug");
        given().get("/articles/{id}", id).then().statusCode(404);
        given().get("/articles/{slug}", slug).then().statusCode(404);
        as("erin").get("/articles/{id}", id).then().statusCode(404);
        as("carol").get("/articles/{id}", id).then().statusCode(404);
        as("bob").get("/articles/{id}", id).then().statusCode(200).body("status", equalTo("DRAFT"));
        as("dave").get("/articles/{id}", id).then().statusCode(200);
        given().get("/articles").then().body("items.id", not(hasItem(id)));
        given().get("/articles?status=DRAFT").then().statusCode(401);
        as("erin").get("/articles?status=DRAFT").then().statusCode(403);
        as("bob").get("/articles?status=DRAFT").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void thePublicListIsNewestFirstPagedAndFilteredByTag() {
        Map<String, Object> tagged = new HashMap<>(story("Tagged one"));
        tagged.put("tags", List.of("Elections"));
        String older = published("alice", "Older story");
        String newer = published("alice", "Newer story");
        String id = as("alice").body(tagged).post("/articles").then().statusCode(201).extract().path("id");
        as("alice").post("/articles/{id}/submit", id).then().statusCode(200);
        io.newsroom.article.support.Api.checking("bob", id).body(io.newsroom.article.support.Api.verified())
                .post("/articles/{id}/fact-check", id).then().statusCode(200);
        as("alice").post("/articles/{id}/publish", id).then().statusCode(200);

        List<String> ids = given().get("/articles?size=100").then().statusCode(200)
                .header("Cache-Control", containsString("max-age"))
                .body("items[0].body", nullValue())
                .extract().path("items.id");
        assertEquals(true, ids.indexOf(newer) < ids.indexOf(older));
        given().get("/articles?tag=elections").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(id)).body("total", equalTo(1));
        given().get("/articles?size=1&page=0").then().body("items", hasSize(1)).body("size", equalTo(1));
        given().get("/articles?size=1000").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("size"));
        given().get("/articles?page=-1").then().statusCode(400);
        given().get("/articles?page=abc").then().statusCode(400).contentType("application/problem+json");
        given().get("/articles?status=NOPE").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void readersRevalidateCheaply() {
        String id = published("alice", "Cache me");
        String etag = given().get("/articles/{id}", id).then().statusCode(200)
                .header("Cache-Control", containsString("max-age=30")).extract().header("ETag");
        given().header("If-None-Match", etag).get("/articles/{id}", id).then().statusCode(304);
        given().header("If-None-Match", "\"0-99\"").get("/articles/{id}", id).then().statusCode(200);
    }

    @Test
    void unknownRoutesAndMethodsAreProblems() {
        given().get("/nothing-here").then().statusCode(404).contentType("application/problem+json");
        as("alice").delete("/articles").then().statusCode(405).contentType("application/problem+json");
    }

    private static long total(String user) {
        return ((Number) as(user).get("/articles?status=DRAFT&size=1").then().statusCode(200).extract().path("total")).longValue();
    }
}
