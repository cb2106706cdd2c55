package io.newsroom.web.console;

import java.util.Map;

/** The moderation settings as a form; after a refusal, each message by its field and the values as typed. */
public record SettingsPage(String disallowedKeys, String moderationKeys, String linkLimit, boolean manualApproval,
        String previouslyApproved, boolean discardWorstSpam, String spamPurgeDays, boolean akismetEnabled,
        String updated, Map<String, String> errors, String notice) {

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.get(field);
    }
}
