package io.newsroom.web.backend;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** moderation-service's answer to a bulk action: one result per id. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BulkResult(String action, List<Item> results) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(UUID id, int status, String commentStatus, boolean changed, String detail) {
    }

    public long done() {
        return results == null ? 0 : results.stream().filter(r -> r.status() == 200).count();
    }
}
