package io.newsroom.moderation.queue;

import java.time.Instant;

/** A history line in plain words, with the machine reason and Akismet's verdict, guid and pro-tip when it spoke. */
public record HistoryItem(Instant at, String actorType, String actor, String event, String reason, String status,
                          String message, String akismetVerdict, String akismetGuid, String akismetProTip) {
}
