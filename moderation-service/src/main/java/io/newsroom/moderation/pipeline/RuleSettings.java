package io.newsroom.moderation.pipeline;

import java.util.List;

/**
 * The site's moderation settings as the steps see them. {@code requirePreviouslyApproved} is already resolved
 * (AUTO means: on when there is no Akismet key).
 */
public record RuleSettings(List<String> disallowedKeys, List<String> moderationKeys, int linkLimit,
                           boolean manualApproval, boolean requirePreviouslyApproved, boolean discardWorstSpam) {

    public static RuleSettings defaults(boolean akismetEnabled) {
        return new RuleSettings(List.of(), List.of(), 2, false, !akismetEnabled, true);
    }
}
