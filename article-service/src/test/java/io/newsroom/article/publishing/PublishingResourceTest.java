package io.newsroom.article.publishing;

import static io.newsroom.article.support.Api.as;
import static io.newsroom.article.support.Api.checking;
import static io.newsroom.article.support.Api.etag;
import static io.newsroom.article.support.Api.draft;
import static io.newsroom.article.support.Api.factChecked;
import static io.newsroom.article.support.Api.inReview;
import static io.newsroom.article.support.Api.published;
import static io.newsroom.article.support.Api.story;
import static io.newsroom.article.support.Api.verified;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class PublishingResourceTest {

    @Test
    void aliceWritesBobChecksAlicePublishesThePublicSeesTheBadge() {
        String id = draft("alice", "Bridge reopens after repairs");
        as("alice").post("/articles/{id}/submit", id).then().statusCode(200).body("status", equalTo("IN_REVIEW"));
        checking("bob", id).body(verified()).post("/articles/{id}/fact-check", id)
                .then().statusCode(200).body("status", equalTo("FACT_CHECKED"));
        as("alice").post("/articles/{id}/publish", id).then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedAt", notNullValue());

        given().get("/articles/bridge-reopens-after-repairs").then().statusCode(200)
                .body("id", equalTo(id))
                .body("factCheck.verdict", equalTo("VERIFIED"))
                .body("factCheck.checkedBy", equalTo("Bob Demo"))
                .body("factCheck.sourcesChecked[0].title", equalTo("Council minutes"))
                .body("commentsOpen", equalTo(true))
                .body("commentCount", equalTo(0))
                .body("reviewNotes", nullValue())
                .body("factCheckHistory", nullValue());
    }

    @Test
    void edCannotCheckAStoryEdWrote() {
        String id = inReview("ed", "Ed's own story");
        checking("ed", id).body(verified()).post("/articles/{id}/fact-check", id)
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("may not check a story they wrote"));
        as("alice").get("/articles/{id}", id).then().body("status", equalTo("IN_REVIEW"));
        // ...but ed checks alice's story.
        String alices = inReview("alice", "Alice's story for Ed");
        checking("ed", alices).body(verified()).post("/articles/{id}/fact-check", alices).then().statusCode(200);
    }

    @Test
    void onlyFactCheckersCheck() {
        String id = inReview("alice", "Needs a checker");
        as("alice").body(verified()).post("/articles/{id}/fact-check", id).then().statusCode(403);
        as("erin").body(verified()).post("/articles/{id}/fact-check", id).then().statusCode(403);
        as("carol").body(verified()).post("/articles/{id}/fact-check", id).then().statusCode(403);
        given().contentType(ContentType.JSON).body(verified()).post("/articles/{id}/fact-check", id).then().statusCode(401);
        as("alice").get("/articles/{id}", id).then().body("status", equalTo("IN_REVIEW"));
    }

    @Test
    void publishingAnUncheckedStoryIsAConflict() {
        String draft = draft("alice", "Unchecked draft");
        as("alice").post("/articles/{id}/publish", draft).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("fact-checked"));
        String inReview = inReview("alice", "Unchecked in review");
        as("alice").post("/articles/{id}/publish", inReview).then().statusCode(409);
        given().get("/articles/{id}", draft).then().statusCode(404);
    }

    @Test
    void aRejectionSendsTheStoryBackWithNotesForTheEditor() {
        String id = inReview("alice", "Dubious figures");
        checking("bob", id).body(Map.of("verdict", "REJECTED", "notes", "The 40% figure is from 2019.")).post("/articles/{id}/fact-check", id)
                .then().statusCode(200).body("status", equalTo("DRAFT"));
        as("alice").get("/articles/{id}", id).then()
                .body("reviewNotes", equalTo("The 40% figure is from 2019."))
                .body("factCheckHistory", hasSize(1))
                .body("factCheckHistory[0].verdict", equalTo("REJECTED"));
    }

    @Test
    void aFactCheckNeedsAVerdictAndItsEvidence() {
        String id = inReview("alice", "Evidence please");
        checking("bob", id).body(Map.of("notes", "no verdict")).post("/articles/{id}/fact-check", id)
                .then().statusCode(400).body("violations[0].field", equalTo("verdict"));
        checking("bob", id).body(Map.of("verdict", "MAYBE")).post("/articles/{id}/fact-check", id).then().statusCode(400);
        checking("bob", id).body(Map.of("verdict", "VERIFIED")).post("/articles/{id}/fact-check", id)
                .then().statusCode(400).body("violations[0].field", equalTo("sourcesChecked"));
        checking("bob", id).body(Map.of("verdict", "VERIFIED", "sourcesChecked", List.of(Map.of("title", "x", "url", "ftp://x"))))
                .post("/articles/{id}/fact-check", id).then().statusCode(400)
                .body("violations[0].field", equalTo("sourcesChecked[0].url"));
        as("alice").get("/articles/{id}", id).then().body("status", equalTo("IN_REVIEW")).body("factCheckHistory", hasSize(0));
    }

    @Test
    void rewritingACheckedStorySendsItBackToReviewAndKeepsItsHistory() {
        String id = factChecked("alice", "Rewrite me");
        String etag = as("alice").get("/articles/{id}", id).then().extract().header("ETag");
        var rewrite = new java.util.HashMap<>(story("Rewrite me"));
        rewrite.put("body", "A different body.");
        as("alice").header("If-Match", etag).body(rewrite).put("/articles/{id}", id).then().statusCode(200)
                .body("status", equalTo("IN_REVIEW")).body("factCheckHistory", hasSize(1));
        as("alice").post("/articles/{id}/publish", id).then().statusCode(409);
    }

    @Test
    void publishedStoriesAreCorrectedInPublicAndCanBeUnpublished() {
        String id = published("alice", "Correct me");
        String slug = given().get("/articles/{id}", id).then().extract().path("slug");
        String etag = as("alice").get("/articles/{id}", id).then().extract().header("ETag");
        as("alice").header("If-Match", etag).body(story("Renamed")).put("/articles/{id}", id).then().statusCode(409);
        as("alice").body(Map.of("text", "An earlier version misnamed the mayor.")).post("/articles/{id}/corrections", id)
                .then().statusCode(200);
        as("alice").body(Map.of("text", " ")).post("/articles/{id}/corrections", id).then().statusCode(400);
        as("bob").body(Map.of("text", "not mine to correct")).post("/articles/{id}/corrections", id).then().statusCode(403);
        given().get("/articles/{slug}", slug).then().statusCode(200)
                .body("corrections", hasSize(1))
                .body("corrections[0].text", equalTo("An earlier version misnamed the mayor."))
                .body("corrections[0].at", notNullValue());

        as("alice").post("/articles/{id}/unpublish", id).then().statusCode(200).body("status", equalTo("UNPUBLISHED"));
        given().get("/articles/{slug}", slug).then().statusCode(404);
        as("alice").post("/articles/{id}/publish", id).then().statusCode(200);
        given().get("/articles/{slug}", slug).then().statusCode(200).body("slug", equalTo(slug));
    }

    @Test
    void editorsOpenAndCloseComments() {
        String id = published("alice", "Comments on and off");
        as("alice").post("/articles/{id}/comments/close", id).then().statusCode(200).body("commentsOpen", equalTo(false));
        given().get("/articles/{id}", id).then().body("commentsOpen", equalTo(false));
        as("erin").post("/articles/{id}/comments/open", id).then().statusCode(403);
        as("alice").post("/articles/{id}/comments/open", id).then().statusCode(200).body("commentsOpen", equalTo(true));
    }

    @Test
    void anEditorWhoRewroteAStoryMayNotCheckIt() {
        String id = inReview("alice", "Alice writes, Ed rewrites");
        var rewrite = new java.util.HashMap<>(story("Alice writes, Ed rewrites"));
        rewrite.put("body", "Ed's words now.");
        as("ed").header("If-Match", etag("ed", id)).body(rewrite).put("/articles/{id}", id).then().statusCode(200)
                .body("status", equalTo("IN_REVIEW"));
        checking("ed", id).body(verified()).post("/articles/{id}/fact-check", id)
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("wrote or edited"));
        as("alice").get("/articles/{id}", id).then().body("status", equalTo("IN_REVIEW")).body("factCheckHistory", hasSize(0));
        // Bob, who wrote no version of it, may.
        checking("bob", id).body(verified()).post("/articles/{id}/fact-check", id).then().statusCode(200);
    }

    @Test
    void aVerdictIsOnTheVersionTheCheckerRead() {
        String id = inReview("alice", "Changed under the checker");
        String read = etag("bob", id);
        as("bob").body(verified()).post("/articles/{id}/fact-check", id)
                .then().statusCode(428).contentType("application/problem+json").body("detail", containsString("If-Match"));
        var edit = new java.util.HashMap<>(story("Changed under the checker"));
        edit.put("body", "A new paragraph Bob has not seen.");
        as("alice").header("If-Match", etag("alice", id)).body(edit).put("/articles/{id}", id).then().statusCode(200);
        as("bob").header("If-Match", read).body(verified()).post("/articles/{id}/fact-check", id)
                .then().statusCode(412).contentType("application/problem+json").body("detail", containsString("changed since you read it"));
        as("bob").header("If-Match", "\"nonsense\"").body(verified()).post("/articles/{id}/fact-check", id).then().statusCode(412);
        as("alice").get("/articles/{id}", id).then().body("status", equalTo("IN_REVIEW")).body("factCheckHistory", hasSize(0));

        String current = etag("bob", id);
        as("bob").header("If-Match", current).body(verified()).post("/articles/{id}/fact-check", id).then().statusCode(200);
        as("alice").post("/articles/{id}/publish", id).then().statusCode(200);
        long checkedVersion = Long.parseLong(current.replace("\"", "").split("-")[0]);
        given().get("/articles/{id}", id).then().statusCode(200)
                .body("factCheck.version", equalTo((int) checkedVersion))
                .body("factCheck.checkedBy", equalTo("Bob Demo"))
                .body("factCheck.checkedAt", notNullValue());
    }

    @Test
    void theRevisionHistoryRecordsEveryEditForStaffOnly() {
        String id = draft("alice", "A story with revisions");
        var edit = new java.util.HashMap<>(story("A story with revisions"));
        edit.put("tags", List.of("retagged"));
        as("ed").header("If-Match", etag("ed", id)).body(edit).put("/articles/{id}", id).then().statusCode(200);
        edit.put("body", "Rewritten.");
        as("alice").header("If-Match", etag("alice", id)).body(edit).put("/articles/{id}", id).then().statusCode(200);

        as("bob").get("/articles/{id}/revisions", id).then().statusCode(200)
                .body("", hasSize(3))
                .body("editor", equalTo(List.of("Alice Demo", "Ed Demo", "Alice Demo")))
                .body("change", equalTo(List.of("CREATED", "EDITED", "EDITED")))
                .body("textChanged", equalTo(List.of(true, false, true)))
                .body("version", equalTo(List.of(0, 1, 2)))
                .body("at", everyItem(notNullValue()));
        as("dave").get("/articles/{id}/revisions", id).then().statusCode(200);
        given().get("/articles/{id}/revisions", id).then().statusCode(401).contentType("application/problem+json");
        as("erin").get("/articles/{id}/revisions", id).then().statusCode(403);
        as("carol").get("/articles/{id}/revisions", id).then().statusCode(403);
        as("bob").get("/articles/{id}/revisions", "00000000-0000-0000-0000-000000000000").then().statusCode(404);
    }

    @Test
    void publishingNeedsTheCheckedTextToBeCurrent() {
        String id = factChecked("alice", "Checked, then retagged");
        var retag = new java.util.HashMap<>(story("Checked, then retagged"));
        retag.put("tags", List.of("another-tag"));
        as("alice").header("If-Match", etag("alice", id)).body(retag).put("/articles/{id}", id).then().statusCode(200)
                .body("status", equalTo("FACT_CHECKED"));
        // A retag is not a change of the checked text: it still goes out, with the check of the text it carries.
        as("alice").post("/articles/{id}/publish", id).then().statusCode(200);
    }

    @Test
    void everyWorkflowStepStatesItsRoles() {
        String id = inReview("alice", "Roles");
        for (String step : List.of("submit", "publish", "unpublish", "comments/open", "comments/close")) {
            given().post("/articles/{id}/" + step, id).then().statusCode(401).contentType("application/problem+json");
            for (String user : List.of("erin", "bob", "carol", "dave")) {
                as(user).post("/articles/{id}/" + step, id).then().statusCode(403).contentType("application/problem+json");
            }
        }
        as("alice").body(Map.of("text", "x")).post("/articles/{id}/corrections", id).then().statusCode(409);
        as("alice").post("/articles/{id}/submit", "00000000-0000-0000-0000-000000000000").then().statusCode(404);
        as("alice").post("/articles/{id}/submit", "../../etc/passwd").then().statusCode(404);
    }
}
