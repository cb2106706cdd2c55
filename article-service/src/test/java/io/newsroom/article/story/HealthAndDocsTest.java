package io.newsroom.article.story;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HealthAndDocsTest {

    @TestHTTPResource(value = "/health/ready", management = true) // under the management root, /q
    URL readiness;
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void theManagementPortHasTheDetailedReadinessAndTheMetrics() {
        given().get(readiness).then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", hasItem(containsString("Messaging")));
        given().get("/articles").then().statusCode(200);
        given().get(metrics).then().statusCode(200).body(containsString("http_server_requests"))
                .body(containsString("newsroom_events_refused_total"));
    }

    @Test
    void thePublicPortSaysReadyOrNotAndNothingMore() {
        given().get("/ready").then().statusCode(200).body("", equalTo(Map.of("status", "UP")));
        for (String path : new String[] { "/q/metrics", "/q/health", "/q/health/ready" }) {
            given().get(path).then().statusCode(404);
        }
    }

    @Test
    void openApiIsServed() {
        given().get("/q/openapi?format=json").then().statusCode(200).body("paths", org.hamcrest.Matchers.hasKey("/articles/{id}/fact-check"));
    }
}
