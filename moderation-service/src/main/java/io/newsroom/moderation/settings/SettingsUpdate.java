package io.newsroom.moderation.settings;

import io.newsroom.moderation.decision.PreviouslyApprovedMode;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * PUT /moderation/settings: the whole set, every field required but {@code shadowSources}, which older clients do
 * not know: absent, the sources in shadow mode stay as they are.
 */
public record SettingsUpdate(
        @NotNull @Size(max = 1000) List<@NotBlank @Size(max = 200) String> disallowedKeys,
        @NotNull @Size(max = 1000) List<@NotBlank @Size(max = 200) String> moderationKeys,
        @NotNull @Min(0) @Max(100) Integer linkLimit,
        @NotNull Boolean manualApproval,
        @NotNull PreviouslyApprovedMode previouslyApproved,
        @NotNull Boolean discardWorstSpam,
        @NotNull @Min(1) @Max(3650) Integer spamPurgeDays,
        @Size(max = 20) List<@NotNull @ShadowableSource String> shadowSources) {
}
