package io.newsroom.web.backend;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A page of moderation-service's queue, with the count of each status. Emails and IPs: for moderators only. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QueuePage(String status, String q, int page, int size, long total, Map<String, Long> counts,
        List<Item> items) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(UUID id, UUID articleId, UUID parentId, String permalink, String authorName, String authorEmail,
            String authorUrl, String userIp, String content, String status, String decidedBy, String reason,
            Instant submittedAt, Instant decidedAt, String latestHistory) {

        @Override
        public String toString() {
            return "Item[id=" + id + "]";
        }
    }
}
