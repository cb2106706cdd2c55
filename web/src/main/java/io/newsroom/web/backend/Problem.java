package io.newsroom.web.backend;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An RFC 9457 problem from one of the services; {@code violations} for bad fields. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Violation(String field, String message) {
    }

    public List<Violation> fieldViolations() {
        return violations == null ? List.of() : violations;
    }
}
