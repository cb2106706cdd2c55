package io.newsroom.moderation.settings;

import io.newsroom.moderation.decision.PreviouslyApprovedMode;
import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** Defaults for the site's settings (used once, to create the settings row) and the moderation jobs' timing. */
@ConfigMapping(prefix = "newsroom.moderation")
public interface ModerationDefaults {
    Defaults defaults();

    /** How often the purge of old spam runs. */
    Duration purgeInterval();

    /** How often the outbox is polled (events are also published right after each commit). */
    Duration outboxInterval();

    /** How often the accuracy gauges are read from the database. */
    Duration accuracyRefresh();

    interface Defaults {
        int linkLimit();

        boolean manualApproval();

        PreviouslyApprovedMode previouslyApproved();

        boolean discardWorstSpam();

        int spamPurgeDays();
    }
}
