package io.newsroom.moderation.stats;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** GET /moderation/stats. {@code accuracy}: one entry per source (rule or akismet), verdict and shadow mode. */
public record StatsView(Map<String, Long> queue, Map<String, Long> decisionsBySource, Map<String, Long> decisionsByStatus,
                        Map<String, Long> akismetChecks, Mistakes akismetMistakes, long awaitingRecheck,
                        long unchecked, long feedbackPending, Map<String, Long> purged, Akismet akismet,
                        List<AccuracyView> accuracy, LastPurge lastPurge) {

    /**
     * The latest spam purge run (null before the first): how many it removed, when the oldest and newest of them
     * entered the spam queue, the cut-off, and how many old enough it kept because Akismet feedback is unsent.
     */
    public record LastPurge(Instant at, int purged, Instant oldest, Instant newest, Instant olderThan,
                            int keptForFeedback) {
    }

    /** Akismet's mistakes as moderators corrected them. */
    public record Mistakes(long missedSpam, long falsePositives) {
    }

    public record Akismet(String mode, String keyStatus, String detail, String alert) {
    }
}
