package io.newsroom.moderation.support;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** The simulator's control API over HTTP: modes, and what it received. */
public final class Simulator {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Simulator() {
    }

    private static String base() {
        return ConfigProvider.getConfig().getValue("newsroom.akismet.base-url", String.class) + "/_simulator";
    }

    private static String call(String method, String path, String body) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base() + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " → " + r.statusCode() + " " + r.body());
            }
            return r.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** normal | slow | error500 | throttle429 | garbage | refuse | alert */
    public static void mode(String mode) {
        call("POST", "/mode", mode);
    }

    public static void slow(long delayMs) {
        call("POST", "/mode", "mode=slow&delayMs=" + delayMs);
    }

    /** Recorded requests on one path, e.g. /1.1/comment-check, each {method, path, headers, fields}. */
    public static List<JsonObject> requests(String path) {
        JsonArray all = new JsonArray(call("GET", "/requests?path=" + URLEncoder.encode(path, StandardCharsets.UTF_8), null));
        return all.stream().map(JsonObject.class::cast).toList();
    }

    /** Requests on a path whose form field {@code field} equals {@code value}. */
    public static List<JsonObject> requests(String path, String field, String value) {
        return requests(path).stream()
                .filter(r -> Objects.equals(value, r.getJsonObject("fields").getValue(field)))
                .toList();
    }
}
