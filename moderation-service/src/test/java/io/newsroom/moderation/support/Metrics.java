package io.newsroom.moderation.support;

import java.util.Arrays;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Reads one sample of /q/metrics (Prometheus text) by name and labels. */
public final class Metrics {
    private Metrics() {
    }

    /** The sample's value, or 0 when there is no such sample yet. */
    public static double value(String name, Map<String, String> labels) {
        String text = given().get(Management.url("/metrics")).then().statusCode(200).extract().asString();
        return Arrays.stream(text.split("\n"))
                .filter(line -> line.startsWith(name + "{"))
                .filter(line -> labels.entrySet().stream().allMatch(l -> line.contains(l.getKey() + "=\"" + l.getValue() + "\"")))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
