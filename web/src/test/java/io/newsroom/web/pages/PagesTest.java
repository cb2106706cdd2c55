package io.newsroom.web.pages;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.newsroom.web.support.Backends;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The front page, the privacy page, the console's door, and pages for what cannot be shown. */
@QuarkusTest
@QuarkusTestResource(Backends.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class PagesTest {

    @Test
    void theFrontPageListsTheLatestStoriesWithBadgeTagsAndCommentCounts() {
        Backends.server.stubFor(get(urlPathEqualTo("/articles")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"items\":[{\"id\":\"0a000000-0000-0000-0000-000000000001\",\"slug\":\"front-story\",\"title\":\"Front & centre\","
                        + "\"summary\":\"The summary.\",\"tags\":[\"local\"],\"authorName\":\"Alice Archer\","
                        + "\"publishedAt\":\"2026-11-25T10:00:00Z\",\"commentCount\":1}],\"page\":0,\"size\":10,\"total\":11}")));
        given().get("/").then().statusCode(200)
                .body(containsString("<a href=\"/articles/front-story\">Front &amp; centre</a>"))
                .body(containsString("Fact checked"))
                .body(containsString("1 comment"))
                .body(containsString("<a href=\"/tags/local\" rel=\"tag\">local</a>"))
                .body(containsString("25 November 2026"))
                .body(containsString("href=\"/?page=2\""));
    }

    @Test
    void thePrivacyPageSaysWhatIsStoredSentToAkismetKeptAndWhoSeesIt() {
        given().get("/privacy").then().statusCode(200)
                .body(containsString("How your comment data is processed"))
                .body(containsString("Email address"))
                .body(containsString("never published"))
                .body(containsString("Akismet"))
                .body(containsString("30 days"))
                .body(containsString("15 days"))
                .body(containsString("erase"));
    }

    @Test
    void theConsoleSendsAnAnonymousVisitorToLogIn() {
        given().redirects().follow(false).get("/moderation").then().statusCode(302)
                .header("Location", containsString("/realms/quarkus"))
                .header("Location", containsString("client_id=quarkus-web-app"));
        given().redirects().follow(false).get("/moderation/settings").then().statusCode(302);
    }

    @Test
    void unknownPagesAndWrongMethodsGetAPageNotAStackTrace() {
        given().get("/no/such/page").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("Page not found"));
        given().delete("/privacy").then().statusCode(405).contentType(containsString("text/html"))
                .body(not(containsString("Exception")));
    }

    @Test
    void theConsoleScriptIsAFileAndHealthIsNotOnThePublicSite() {
        // (health answers on the management port: run-local and the system tests wait on it there)
        given().get("/static/console.js").then().statusCode(200).body(containsString("select-all"));
        given().get("/q/health/ready").then().statusCode(404);
    }
}
