package io.newsroom.comment.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.newsroom.comment.moderation.StatusApplier;
import io.newsroom.comment.support.Replies;
import io.newsroom.comment.support.Stories;
import io.newsroom.comment.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Must-show 4: no public response carries an email address or an IP address. */
@QuarkusTest
class PublicLeakTest {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern IPV4 = Pattern.compile("\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b");
    private static final Pattern IPV6 = Pattern.compile("(?i)\\b(?:[0-9a-f]{1,4}:){2,7}[0-9a-f]{0,4}\\b|::1\\b");

    @Inject
    StatusApplier applier;

    @Test
    void publicJsonNeverContainsAnEmailOrIp() {
        UUID story = Stories.LEAKS;
        String ip = "198.51.100.77";
        String ipv6 = "2001:db8::42";
        Map<String, Object> anonymous = Replies.form("Public words only");
        String email = (String) anonymous.get("email");
        UUID top = UUID.fromString(Replies.post(story, anonymous, ip).statusCode(202).extract().path("id"));
        Replies.decide(applier, story, top, "APPROVED", 1);
        Map<String, Object> reply = Replies.form("A reply from IPv6");
        reply.put("parentId", top.toString());
        UUID child = UUID.fromString(Replies.post(story, reply, ipv6).statusCode(202).extract().path("id"));
        Replies.decide(applier, story, child, "APPROVED", 1);
        Tokens.User reader = Tokens.reader("Rita Reader", Replies.randomEmail());
        UUID erin = UUID.fromString(given().auth().oauth2(Tokens.of(reader)).contentType(ContentType.JSON)
                .header("X-Forwarded-For", Replies.randomIp()).body(Map.of("content", "Logged-in words"))
                .post("/articles/{id}/comments", story).then().statusCode(202).extract().path("id"));
        Replies.decide(applier, story, erin, "APPROVED", 1);

        List<String> bodies = new ArrayList<>();
        bodies.add(given().get("/articles/{id}/comments", story).then().statusCode(200).extract().asString());
        bodies.add(given().queryParam("order", "newest").get("/articles/{id}/comments", story).then()
                .statusCode(200).extract().asString());
        for (UUID id : List.of(top, child, erin)) {
            bodies.add(given().get("/comments/{id}", id).then().statusCode(200).extract().asString());
        }
        String receiptBody = Replies.post(story, Replies.form("Receipt check"), ip).statusCode(429).extract().asString();
        bodies.add(receiptBody);

        assertTrue(bodies.get(0).contains("Public words only"), "the comments are really in the page");
        for (String body : bodies) {
            for (String secret : List.of(email, ip, ipv6, reader.email(), "Mozilla")) {
                assertFalse(body.contains(secret), secret + " leaked in " + body);
            }
            assertFalse(EMAIL.matcher(body).find(), "an email address in " + body);
            assertFalse(IPV4.matcher(body).find(), "an IPv4 address in " + body);
            assertFalse(IPV6.matcher(body).find(), "an IPv6 address in " + body);
        }
    }
}
