package io.newsroom.article.operations;

import static io.newsroom.article.support.Api.as;
import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DenyUnannotatedTest {

    @Test
    void anEndpointWithoutRolesIsClosed() {
        given().get("/test-only/unannotated").then().statusCode(401).contentType("application/problem+json");
        as("dave").get("/test-only/unannotated").then().statusCode(403).contentType("application/problem+json");
    }
}
