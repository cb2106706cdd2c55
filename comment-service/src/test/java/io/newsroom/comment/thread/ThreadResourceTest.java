package io.newsroom.comment.thread;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.newsroom.comment.moderation.StatusApplier;
import io.newsroom.comment.support.ArticleServiceStub;
import io.newsroom.comment.support.Replies;
import io.newsroom.comment.support.Stories;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ThreadResourceTest {

    @Inject
    StatusApplier applier;

    /** A story of its own per test, so counts are exact: article-service only needs to know OPEN ones. */
    private UUID approved(UUID story, String content, UUID parent) {
        Map<String, Object> form = Replies.form(content);
        if (parent != null) {
            form.put("parentId", parent.toString());
        }
        UUID id = Replies.leave(story, form);
        Replies.decide(applier, story, id, "APPROVED", 1);
        return id;
    }

    @Test
    void approvedCommentsOnlyThreadedOldestFirstWithTotal() {
        UUID story = Stories.THREADS;
        UUID first = approved(story, "First thread", null);
        UUID reply = approved(story, "Reply to first", first);
        UUID nested = approved(story, "Reply to the reply", reply);
        UUID second = approved(story, "Second thread", null);
        UUID pending = Replies.leave(story, Replies.form("Still pending"));
        UUID spam = Replies.leave(story, Replies.form("Spam"));
        Replies.decide(applier, story, spam, "SPAM", 1);

        given().get("/articles/{id}/comments", story).then().statusCode(200)
                .contentType(startsWith("application/json"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", startsWith("public, max-age="))
                .header("ETag", notNullValue())
                .body("total", equalTo(4))
                .body("totalThreads", equalTo(2))
                .body("page", equalTo(0)).body("size", equalTo(50)).body("order", equalTo("oldest"))
                .body("comments", hasSize(2))
                .body("comments[0].id", equalTo(first.toString()))
                .body("comments[0].parentId", nullValue())
                .body("comments[0].depth", equalTo(1))
                .body("comments[0].authorName", equalTo("Ann Onymous"))
                .body("comments[0].authorUrl", equalTo("https://ann.example.net/"))
                .body("comments[0].createdAt", notNullValue())
                .body("comments[0].replies[0].id", equalTo(reply.toString()))
                .body("comments[0].replies[0].parentId", equalTo(first.toString()))
                .body("comments[0].replies[0].depth", equalTo(2))
                .body("comments[0].replies[0].replies[0].id", equalTo(nested.toString()))
                .body("comments[0].replies[0].replies[0].depth", equalTo(3))
                .body("comments[1].id", equalTo(second.toString()))
                .body("comments[1].replies", hasSize(0))
                .body("comments.find { it.id == '" + pending + "' }", nullValue());

        given().queryParam("order", "newest").queryParam("size", 1).get("/articles/{id}/comments", story)
                .then().statusCode(200)
                .body("comments", hasSize(1)).body("comments[0].id", equalTo(second.toString()))
                .body("totalPages", equalTo(2));
        given().queryParam("size", 1).queryParam("page", 1).get("/articles/{id}/comments", story)
                .then().statusCode(200).body("comments[0].id", equalTo(second.toString()));
    }

    @Test
    void pendingCommentIsNotShownUntilApproved() {
        UUID story = Stories.EVENTS;
        UUID id = Replies.leave(story, Replies.form("Awaiting moderation"));
        given().get("/comments/{id}", id).then().statusCode(404).contentType("application/problem+json");
        Replies.decide(applier, story, id, "APPROVED", 1);
        given().get("/comments/{id}", id).then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .body("id", equalTo(id.toString())).body("content", equalTo("Awaiting moderation"))
                .body("replies", hasSize(0));
    }

    @Test
    void etagRevalidatesWith304AndChangesWithTheThread() {
        UUID story = Stories.OTHER;
        approved(story, "Cached", null);
        String etag = given().get("/articles/{id}/comments", story).then().statusCode(200)
                .extract().header("ETag");
        given().header("If-None-Match", etag).get("/articles/{id}/comments", story).then().statusCode(304)
                .header("ETag", etag);
        approved(story, "Something new", null);
        String newer = given().header("If-None-Match", etag).get("/articles/{id}/comments", story).then()
                .statusCode(200).extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, newer);
    }

    @Test
    void aCachedPageChangesAtOnceWhenADecisionOnThisReplicaChangesWhatIsPublic() {
        UUID story = Stories.OTHER;
        UUID id = approved(story, "Approved, then found to be spam", null);
        String path = "comments.find { it.id == '" + id + "' }";
        given().get("/articles/{id}/comments", story).then().statusCode(200).body(path, notNullValue());
        given().get("/articles/{id}/comments", story).then().statusCode(200).body(path, notNullValue());
        Replies.decide(applier, story, id, "SPAM", 2);
        // No await: the decision's commit drops the cached page before decide() returns.
        given().get("/articles/{id}/comments", story).then().statusCode(200).body(path, nullValue());
    }

    @Test
    void contentIsReturnedAsTypedAsJsonTextNeverAsMarkup() {
        String script = "<script>alert('x')</script> & <b>bold</b>";
        UUID id = approved(Stories.OPEN, script, null);
        String raw = given().get("/comments/{id}", id).then().statusCode(200)
                .contentType(startsWith("application/json"))
                .header("X-Content-Type-Options", "nosniff")
                .body("content", equalTo(script)).extract().asString();
        assertEquals('{', raw.charAt(0));
    }

    @Test
    void pagingLimits() {
        given().queryParam("size", 51).get("/articles/{id}/comments", Stories.OPEN).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("size"));
        given().queryParam("page", -1).get("/articles/{id}/comments", Stories.OPEN).then().statusCode(400);
        given().queryParam("size", "ten").get("/articles/{id}/comments", Stories.OPEN).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("size"));
        given().queryParam("order", "random").get("/articles/{id}/comments", Stories.OPEN).then().statusCode(400);
        given().get("/articles/{id}/comments", Stories.CLOSED).then().statusCode(200)
                .body("total", equalTo(0)).body("comments", equalTo(List.of()));
        given().get("/articles/{id}/comments", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void anUnpublishedStorysCommentsAreNoLongerPublic() {
        UUID id = approved(Stories.TAKEN_DOWN, "Said under a story that is taken down", null);
        given().get("/articles/{id}/comments", Stories.TAKEN_DOWN).then().statusCode(200).body("total", equalTo(1));
        given().get("/comments/{id}", id).then().statusCode(200);

        ArticleServiceStub.unpublish(Stories.TAKEN_DOWN);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().get("/articles/{id}/comments", Stories.TAKEN_DOWN).then().statusCode(404)
                        .contentType("application/problem+json"));
        given().get("/comments/{id}", id).then().statusCode(404).contentType("application/problem+json");
        given().get("/articles/{id}/comments", Stories.UNKNOWN).then().statusCode(404);
    }

    @Test
    void commentsAreNotReadWhenTheStoryServiceCannotSayTheStoryIsPublished() {
        given().get("/articles/{id}/comments", Stories.FAILING).then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", notNullValue());
    }
}
