package io.newsroom.moderation.settings;

import io.newsroom.moderation.decision.PreviouslyApprovedMode;

import java.time.Instant;
import java.util.List;

/** GET /moderation/settings. {@code previouslyApprovedEffective} resolves AUTO against the Akismet key. */
public record SettingsView(List<String> disallowedKeys, List<String> moderationKeys, int linkLimit,
                           boolean manualApproval, PreviouslyApprovedMode previouslyApproved,
                           boolean previouslyApprovedEffective, boolean discardWorstSpam, int spamPurgeDays,
                           boolean akismetEnabled, Instant updatedAt, String updatedBy) {
}
