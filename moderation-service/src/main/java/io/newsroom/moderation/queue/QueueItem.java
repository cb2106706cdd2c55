package io.newsroom.moderation.queue;

import java.time.Instant;
import java.util.UUID;

/**
 * One comment in the moderators' queue. Email and IP are here on purpose: moderators need them.
 * {@code latestHistory} is the newest line of its history in plain words: why it is where it is.
 */
public record QueueItem(UUID id, UUID articleId, UUID parentId, String permalink, String authorName,
                        String authorEmail, String authorUrl, String userIp, String content, String status,
                        String decidedBy, String reason, Instant submittedAt, Instant decidedAt,
                        String akismetVerdict, boolean awaitingRecheck, boolean unchecked, String latestHistory) {

    /** Never the email or IP: records print every component by default, and these end up in logs. */
    @Override
    public String toString() {
        return "QueueItem[id=" + id + "]";
    }
}
