package io.newsroom.comment.privacy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A request's record as admins read it: per service what was erased (or exported) and when; {@code finishedAt}
 * once every service has confirmed.
 */
public record PrivacyRequestView(UUID id, String kind, String by, String personHash, String requestedBy,
        boolean selfService, Instant requestedAt, String status, Map<String, JsonNode> services, Instant finishedAt) {
}
