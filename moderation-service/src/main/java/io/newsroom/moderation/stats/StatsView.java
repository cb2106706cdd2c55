package io.newsroom.moderation.stats;

import java.util.Map;

/** GET /moderation/stats. */
public record StatsView(Map<String, Long> queue, Map<String, Long> decisionsBySource, Map<String, Long> decisionsByStatus,
                        Map<String, Long> akismetChecks, Mistakes akismetMistakes, long awaitingRecheck,
                        long unchecked, long feedbackPending, Map<String, Long> purged, Akismet akismet) {

    /** Akismet's mistakes as moderators corrected them. */
    public record Mistakes(long missedSpam, long falsePositives) {
    }

    public record Akismet(String mode, String keyStatus, String detail, String alert) {
    }
}
