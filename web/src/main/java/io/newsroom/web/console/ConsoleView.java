package io.newsroom.web.console;

import java.util.List;

/** The moderators' console: one tab of the queue, its counts, a page of rows, and what was just done. */
public record ConsoleView(String moderator, boolean admin, String status, String statusLabel, String q, int page,
        List<Tab> tabs, List<Row> rows, String notice, String newerHref, String olderHref, List<Action> rowActions,
        List<Action> bulkActions, boolean pendingTab) {

    public record Tab(String status, String label, long count, String href, boolean current) {
    }

    public record Action(String name, String label) {
    }

    /** One comment: everything a moderator needs to decide, emails and IPs included. */
    public record Row(String id, String authorName, String authorEmail, String authorHref, String authorUrl,
            String userIp, String storyHref, String storyLabel, String excerpt, String submittedLabel,
            String submittedIso, String why, String detailHref) {
    }
}
