package io.newsroom.moderation.support;

import io.restassured.http.ContentType;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;

import static io.restassured.RestAssured.given;

/** The site's settings as dave sees them through the API. */
public final class Settings {
    private Settings() {
    }

    public static JsonObject get() {
        return new JsonObject(given().auth().oauth2(Tokens.dave()).get("/moderation/settings").then().statusCode(200)
                .extract().asString());
    }

    /** PUT: the fields of {@code settings} a PUT takes. */
    public static JsonObject put(JsonObject settings) {
        JsonObject body = new JsonObject();
        for (String field : List.of("disallowedKeys", "moderationKeys", "linkLimit", "manualApproval",
                "previouslyApproved", "discardWorstSpam", "spamPurgeDays", "shadowSources")) {
            if (settings.containsKey(field)) {
                body.put(field, settings.getValue(field));
            }
        }
        return new JsonObject(given().auth().oauth2(Tokens.dave()).contentType(ContentType.JSON).body(body.encode())
                .put("/moderation/settings").then().statusCode(200).extract().asString());
    }

    public static JsonObject withShadow(JsonObject settings, String... sources) {
        return settings.copy().put("shadowSources", new JsonArray(List.of((Object[]) sources)));
    }
}
