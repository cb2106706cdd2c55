package io.newsroom.web.backend;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The site's moderation settings, read (all fields) and written (the editable ones; the rest stay null). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModerationSettings(List<String> disallowedKeys, List<String> moderationKeys, Integer linkLimit,
        Boolean manualApproval, String previouslyApproved, Boolean previouslyApprovedEffective,
        Boolean discardWorstSpam, Integer spamPurgeDays, Boolean akismetEnabled, Instant updatedAt, String updatedBy) {
}
