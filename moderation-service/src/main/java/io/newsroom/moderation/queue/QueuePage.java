package io.newsroom.moderation.queue;

import java.util.List;
import java.util.Map;

/** A page of the queue, newest first, with the count of each status (the "Spam (12)" tabs). */
public record QueuePage(String status, String q, int page, int size, long total, Map<String, Long> counts,
                        List<QueueItem> items) {
}
