package io.newsroom.comment.operations;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.newsroom.comment.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DenyUnannotatedTest {

    @Test
    void anEndpointWithoutRolesIsClosed() {
        given().get("/test-only/unannotated").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Tokens.DAVE)).get("/test-only/unannotated").then().statusCode(403)
                .contentType("application/problem+json");
    }
}
