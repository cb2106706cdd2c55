package io.newsroom.moderation.privacy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.UUID;

/** privacy.erasure-requested (docs/contracts.md): the person by hash only, {@code by} "email" or "subject". */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErasureRequested(UUID requestId, String by, String personHash, Instant requestedAt) {

    public String problem() {
        if (requestId == null) {
            return "requestId missing";
        }
        if (!"email".equals(by) && !"subject".equals(by)) {
            return "by must be email or subject";
        }
        if (personHash == null || !personHash.matches("[0-9a-f]{64}")) {
            return "personHash must be a SHA-256 in hex";
        }
        if (requestedAt == null) {
            return "requestedAt missing";
        }
        return null;
    }
}
