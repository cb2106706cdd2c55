package io.newsroom.moderation.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.newsroom.moderation.support.Management;
import io.newsroom.moderation.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** What the public port shows and takes: readiness without detail, access tokens only, small bodies, roles everywhere. */
@QuarkusTest
class EdgeTest {

    @Test
    void thePublicPortSaysReadyOrNotWithoutTellingWhetherTheSpamFilterIsOn() {
        given().get("/ready").then().statusCode(200).body("", equalTo(Map.of("status", "UP")));
        for (String path : List.of("/q/metrics", "/q/health", "/q/health/ready")) {
            given().get(path).then().statusCode(404);
        }
        given().get(Management.url("/health/ready")).then().statusCode(200).body(containsString("akismet"))
                .body(containsString("degraded"));
        given().get(Management.url("/metrics")).then().statusCode(200).body(containsString("newsroom_akismet_degraded"));
    }

    @Test
    void onlyAccessTokensAreAccepted() {
        given().auth().oauth2(Tokens.carol()).get("/moderation/comments").then().statusCode(200);
        for (String type : List.of("ID", "Refresh")) {
            given().auth().oauth2(Tokens.typed(type, "carol", "moderator")).get("/moderation/comments").then()
                    .statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedUnread() {
        given().auth().oauth2(Tokens.dave()).contentType(ContentType.JSON)
                .body(Map.of("disallowedKeys", List.of("y".repeat(300_000)))).put("/moderation/settings")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void anEndpointWithoutRolesIsClosed() {
        given().get("/test-only/unannotated").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.dave()).get("/test-only/unannotated").then().statusCode(403)
                .contentType("application/problem+json");
    }
}
