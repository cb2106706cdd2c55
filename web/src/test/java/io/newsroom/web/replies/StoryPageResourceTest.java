package io.newsroom.web.replies;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.http.Fault;

import io.newsroom.web.support.Backends;
import io.newsroom.web.support.Stubs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(Backends.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class StoryPageResourceTest {

    private static final String JSON = "application/json";

    /** A page load as a browser does it: the CSRF cookie and the same token in the form. */
    record Visit(Response response, String csrf) {
    }

    static Visit visit(String path) {
        Response response = given().redirects().follow(false).get(path);
        return new Visit(response, response.getCookie("csrf-token"));
    }

    @Test
    void theStoryPageShowsTheStoryTheBadgeRecordTheCommentCountAndTheForm() {
        UUID id = UUID.randomUUID();
        Stubs.published(id, "budget-approved", "Council approves the budget", true, null);
        given().get("/articles/budget-approved").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", allOf(containsString("script-src 'self'"),
                        not(containsString("unsafe-inline")), containsString("frame-ancestors 'none'")))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "strict-origin-when-cross-origin")
                .header("Cache-Control", "private, no-cache")
                .body(containsString("<h1>Council approves the budget</h1>"))
                .body(containsString("<details class=\"fact-check\" id=\"fact-check\">"))
                .body(containsString("Fact checked"))
                .body(containsString("<strong>Verdict:</strong> Verified"))
                .body(containsString("<strong>Checked by:</strong> Bob Brown"))
                .body(containsString("Second paragraph, quoting the mayor."))
                .body(containsString("<a href=\"https://example.org/minutes\" rel=\"nofollow noopener\">Council minutes</a>"))
                .body(containsString("An earlier version gave the wrong date."))
                .body(containsString("<a href=\"/tags/city%20hall\" rel=\"tag\">city hall</a>"))
                .body(containsString("Be the first to comment"))
                .body(containsString("Leave a Reply"))
                .body(containsString("Your email address will not be published."))
                .body(containsString("This site uses Akismet to reduce spam. <a href=\"/privacy\">Learn how your comment data is processed</a>."))
                .body(containsString("name=\"website_confirm\""))
                .body(containsString("name=\"csrf-token\""))
                .body(containsString("Log in to reply"))
                .body(not(containsString("<script")));
    }

    @Test
    void commentsAreThreadedEscapedAndEachHasAReplyLinkThatSetsTheParent() {
        UUID id = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID answer = UUID.randomUUID();
        String threads = """
                {"total":2,"totalThreads":1,"page":0,"size":50,"totalPages":1,"comments":[
                 {"id":"%s","parentId":null,"depth":1,"authorName":"Pat <b>Reader</b>","authorUrl":"javascript:alert(1)",
                  "content":"<script>alert('x')</script> and <img src=x onerror=alert(1)>","createdAt":"2026-11-25T11:00:00Z",
                  "deleted":false,"replies":[
                   {"id":"%s","parentId":"%s","depth":2,"authorName":"Lee","authorUrl":"https://lee.example.net",
                    "content":"Line one\\nline two","createdAt":"2026-11-25T12:00:00Z","deleted":false,"replies":[]}]}]}
                """.formatted(first, answer, first);
        Stubs.published(id, "threaded-story", "Threaded story", true, threads);
        String page = given().get("/articles/threaded-story").then().statusCode(200)
                .body(containsString("2 comments"))
                .body(containsString("class=\"comment depth-1\" id=\"comment-" + first + "\""))
                .body(containsString("class=\"comment depth-2\" id=\"comment-" + answer + "\""))
                .body(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt;"))
                .body(containsString("Pat &lt;b&gt;Reader&lt;/b&gt;"))
                .body(containsString("Line one<br>line two"))
                .body(containsString("<a href=\"https://lee.example.net\" rel=\"external nofollow ugc noopener\">Lee</a>"))
                .body(containsString("href=\"/articles/threaded-story?replytocom=" + first + "#respond\""))
                .extract().asString();
        assertTrue(!page.contains("javascript:"), "a javascript: website is never a link");
        assertTrue(!page.contains("<script>alert"), "nothing a reader wrote becomes markup");

        given().get("/articles/threaded-story?replytocom=" + first).then().statusCode(200)
                .body(containsString("Leave a Reply to Pat &lt;b&gt;Reader&lt;/b&gt;"))
                .body(containsString("name=\"comment_parent\" value=\"" + first + "\""))
                .body(containsString("Cancel reply"));
    }

    @Test
    void closedCommentsShowThatInsteadOfTheForm() {
        Stubs.published(UUID.randomUUID(), "closed-story", "Closed story", false, null);
        given().get("/articles/closed-story").then().statusCode(200)
                .body(containsString("Comments are closed."))
                .body(not(containsString("id=\"commentform\"")));
    }

    @Test
    void aReplyIsForwardedAsFromTheReaderAndOnlyItsAuthorSeesItAwaitingModeration() {
        UUID id = UUID.randomUUID();
        UUID reply = UUID.randomUUID();
        Stubs.published(id, "reply-story", "Reply story", true, null);
        Backends.server.stubFor(post(urlPathEqualTo("/articles/" + id + "/comments"))
                .willReturn(aResponse().withStatus(202).withHeader("Content-Type", JSON).withBody(
                        "{\"id\":\"" + reply + "\",\"status\":\"PENDING\",\"statusUrl\":\"http://127.0.0.1:8082/comments/"
                                + reply + "/status?token=SecretToken_1234567890abc\"}")));
        Backends.server.stubFor(get(urlPathEqualTo("/comments/" + reply + "/status"))
                .withQueryParam("token", equalTo("SecretToken_1234567890abc"))
                .willReturn(aResponse().withHeader("Content-Type", JSON).withBody("{\"id\":\"" + reply + "\",\"articleId\":\"" + id
                        + "\",\"status\":\"PENDING\",\"authorName\":\"Ann Reader\",\"content\":\"My first reply.\","
                        + "\"parentId\":null,\"createdAt\":\"2026-11-25T12:00:00Z\"}")));

        Visit visit = visit("/articles/reply-story");
        Response posted = given().redirects().follow(false).cookie("csrf-token", visit.csrf())
                .header("User-Agent", "Mozilla/5.0 (test)").header("Referer", "http://127.0.0.1/articles/reply-story")
                .formParam("csrf-token", visit.csrf()).formParam("author", "Ann Reader").formParam("email", "ann@example.net")
                .formParam("url", "").formParam("comment", "My first reply.").formParam("website_confirm", "")
                .post("/articles/reply-story/replies");
        assertEquals(303, posted.statusCode(), posted.asString());
        assertTrue(posted.header("Location").endsWith("/articles/reply-story#comment-" + reply), posted.header("Location"));
        String setCookie = posted.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("newsroom-replies=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Lax"), setCookie);
        Backends.server.verify(postRequestedFor(urlPathEqualTo("/articles/" + id + "/comments"))
                .withHeader("X-Forwarded-For", equalTo("127.0.0.1"))
                .withHeader("User-Agent", equalTo("Mozilla/5.0 (test)"))
                .withHeader("Referer", equalTo("http://127.0.0.1/articles/reply-story"))
                .withoutHeader("Authorization")
                .withRequestBody(equalToJson("{\"author\":\"Ann Reader\",\"email\":\"ann@example.net\",\"url\":\"\","
                        + "\"content\":\"My first reply.\"}")));

        String cookie = posted.getCookie("newsroom-replies");
        given().cookie("newsroom-replies", cookie).get("/articles/reply-story").then().statusCode(200)
                .body(containsString("Your comment is awaiting moderation."))
                .body(containsString("My first reply."));
        given().get("/articles/reply-story").then().statusCode(200)
                .body(not(containsString("awaiting moderation")))
                .body(not(containsString("My first reply.")));
    }

    @Test
    void aRefusedReplyKeepsEverythingTypedWithEachMessageByItsField() {
        UUID id = UUID.randomUUID();
        Stubs.published(id, "refused-story", "Refused story", true, null);
        Backends.server.stubFor(post(urlPathEqualTo("/articles/" + id + "/comments"))
                .withRequestBody(matching(".*Flood me.*"))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "12").withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://newsroom.example.org/problems/flood\",\"title\":\"Too many comments\",\"status\":429,"
                                + "\"detail\":\"You are posting comments too quickly. Slow down.\"}")));
        Backends.server.stubFor(post(urlPathEqualTo("/articles/" + id + "/comments"))
                .withRequestBody(matching(".*No email.*"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://newsroom.example.org/problems/validation\",\"title\":\"Invalid comment\",\"status\":400,"
                                + "\"detail\":\"The request has 1 invalid field(s).\",\"violations\":[{\"field\":\"email\",\"message\":\"is required\"}]}")));
        Visit visit = visit("/articles/refused-story");

        given().cookie("csrf-token", visit.csrf()).formParam("csrf-token", visit.csrf())
                .formParam("author", "Kim <Reader>").formParam("email", "").formParam("comment", "No email, & a \"quote\"")
                .post("/articles/refused-story/replies")
                .then().statusCode(400)
                .body(containsString("<span class=\"field-error\" id=\"email-error\">Email is required.</span>"))
                .body(containsString(">No email, &amp; a &quot;quote&quot;</textarea>"))
                .body(containsString("value=\"Kim &lt;Reader&gt;\""));

        given().cookie("csrf-token", visit.csrf()).formParam("csrf-token", visit.csrf())
                .formParam("author", "Kim").formParam("email", "kim@example.net").formParam("comment", "Flood me")
                .post("/articles/refused-story/replies")
                .then().statusCode(429).header("Retry-After", "12")
                .body(containsString("You are posting comments too quickly. Slow down. Try again in 12 seconds."))
                .body(containsString(">Flood me</textarea>"));
    }

    @Test
    void aReplyToAStoryThatClosedOrWentAwayKeepsTheTextAndSaysWhy() {
        UUID id = UUID.randomUUID();
        Stubs.published(id, "closing-story", "Closing story", true, null);
        Backends.server.stubFor(post(urlPathEqualTo("/articles/" + id + "/comments"))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://newsroom.example.org/problems/comments-closed\",\"title\":\"Comments are closed\","
                                + "\"status\":409,\"detail\":\"Comments are closed on this story.\"}")));
        Visit visit = visit("/articles/closing-story");
        given().cookie("csrf-token", visit.csrf()).formParam("csrf-token", visit.csrf())
                .formParam("author", "Kim").formParam("email", "kim@example.net").formParam("comment", "Just in time?")
                .post("/articles/closing-story/replies")
                .then().statusCode(409)
                .body(containsString("Comments are closed on this story."))
                .body(containsString(">Just in time?</textarea>"));

        Backends.server.stubFor(get(urlPathEqualTo("/articles/gone-story"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404}")));
        given().cookie("csrf-token", visit.csrf()).formParam("csrf-token", visit.csrf())
                .formParam("author", "Kim").formParam("email", "kim@example.net").formParam("comment", "Where did it go?")
                .post("/articles/gone-story/replies")
                .then().statusCode(404)
                .body(containsString("This story is no longer published"))
                .body(containsString(">Where did it go?</textarea>"));
    }

    @Test
    void whenCommentServiceIsDownTheReplyIsKeptAndThePageSaysSoWith503() {
        UUID id = UUID.randomUUID();
        Stubs.published(id, "down-story", "Down story", true, null);
        Backends.server.stubFor(post(urlPathEqualTo("/articles/" + id + "/comments"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Visit visit = visit("/articles/down-story");
        given().cookie("csrf-token", visit.csrf()).formParam("csrf-token", visit.csrf())
                .formParam("author", "Kim").formParam("email", "kim@example.net").formParam("comment", "Still here after the outage")
                .post("/articles/down-story/replies")
                .then().statusCode(503).header("Retry-After", "10")
                .body(containsString("Nothing was stored"))
                .body(containsString(">Still here after the outage</textarea>"))
                .body(not(containsString("Exception")));
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefusedWithAPage() {
        UUID id = UUID.randomUUID();
        Stubs.published(id, "csrf-story", "CSRF story", true, null);
        given().formParam("author", "Eve").formParam("email", "eve@example.net").formParam("comment", "Forged")
                .post("/articles/csrf-story/replies")
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("This form could not be accepted"));
        Backends.server.verify(0, postRequestedFor(urlPathEqualTo("/articles/" + id + "/comments")));
    }

    @Test
    void thePublicPartIsComposedOnceForManyReadersAndRevalidatesWithAnEtag() {
        UUID id = UUID.randomUUID();
        Stubs.published(id, "hot-story", "Hot story", true, null);
        Visit first = visit("/articles/hot-story");
        for (int i = 0; i < 20; i++) {
            given().get("/articles/hot-story").then().statusCode(200);
        }
        Backends.server.verify(1, getRequestedFor(urlPathEqualTo("/articles/hot-story")));
        Backends.server.verify(1, getRequestedFor(urlPathEqualTo("/articles/" + id + "/comments")));
        String etag = first.response().header("ETag");
        given().cookie("csrf-token", first.csrf()).header("If-None-Match", etag).get("/articles/hot-story")
                .then().statusCode(304);
    }

    @Test
    void anUnknownStoryIsA404PageAndArticleServiceAwayIsA503PageWithRetryAfter() {
        Backends.server.stubFor(get(urlPathEqualTo("/articles/no-such-story"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404}")));
        given().get("/articles/no-such-story").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("Page not found"));
        Backends.server.stubFor(get(urlPathEqualTo("/articles/broken-story"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        given().get("/articles/broken-story").then().statusCode(503).header("Retry-After", "10")
                .contentType(containsString("text/html"))
                .body(containsString("This page is not available right now"))
                .body(not(containsString("Exception")));
    }
}
