package io.newsroom.moderation.stats;

import java.util.List;
import java.util.Map;

/** GET /moderation/stats. {@code accuracy}: one entry per source (rule or akismet), verdict and shadow mode. */
public record StatsView(Map<String, Long> queue, Map<String, Long> decisionsBySource, Map<String, Long> decisionsByStatus,
                        Map<String, Long> akismetChecks, Mistakes akismetMistakes, long awaitingRecheck,
                        long unchecked, long feedbackPending, Map<String, Long> purged, Akismet akismet,
                        List<AccuracyView> accuracy) {

    /** Akismet's mistakes as moderators corrected them. */
    public record Mistakes(long missedSpam, long falsePositives) {
    }

    public record Akismet(String mode, String keyStatus, String detail, String alert) {
    }
}
