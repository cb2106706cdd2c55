package io.newsroom.web.console;

import java.util.List;

/** One comment in full, with every line of its history. */
public record CommentPage(String id, String status, String authorName, String authorEmail, String authorUrl,
        String authorHref, String userIp, String userAgent, String referrer, boolean loggedIn, String roles,
        String storyHref, String storyLabel, List<List<String>> content, String submittedLabel,
        List<HistoryRow> history, List<ConsoleView.Action> actions, String notice, String backHref) {

    public record HistoryRow(String atLabel, String atIso, String actor, String message) {
    }
}
