package io.newsroom.moderation.settings;

import io.newsroom.moderation.decision.PreviouslyApprovedMode;

import java.time.Instant;
import java.util.List;

/**
 * GET /moderation/settings. {@code previouslyApprovedEffective} resolves AUTO (on while Akismet does not decide:
 * no key, or Akismet in shadow mode); {@code shadowSources} run and record without acting, and
 * {@code shadowableSources} lists what may be put there.
 */
public record SettingsView(List<String> disallowedKeys, List<String> moderationKeys, int linkLimit,
                           boolean manualApproval, PreviouslyApprovedMode previouslyApproved,
                           boolean previouslyApprovedEffective, boolean discardWorstSpam, int spamPurgeDays,
                           boolean akismetEnabled, Instant updatedAt, String updatedBy, List<String> shadowSources,
                           List<String> shadowableSources) {
}
