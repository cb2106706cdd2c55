package io.newsroom.web.console;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.newsroom.web.backend.BulkResult;
import io.newsroom.web.backend.CommentDetail;
import io.newsroom.web.backend.Moderation;
import io.newsroom.web.backend.QueuePage;
import io.newsroom.web.backend.RecheckResult;
import io.newsroom.web.security.Visitor;
import io.newsroom.web.view.Texts;
import io.quarkus.qute.TemplateInstance;

/**
 * WordPress's Comments screen: the queue by status with counts, search, per-row and bulk actions, "Check
 * for Spam", a comment in full. Every action is a form POST answered with a 303, so it all works without
 * JavaScript. moderation-service checks the roles again with the moderator's own token.
 */
@Path("/moderation")
@RolesAllowed({ "moderator", "admin" })
public class ConsoleResource {

    static final int PAGE_SIZE = 20;
    static final int BULK_MAX = 100;
    static final Map<String, String> TAB_LABELS = Map.of("PENDING", "Pending", "SPAM", "Spam", "APPROVED", "Approved",
            "TRASH", "Trash");
    static final List<String> TABS = List.of("PENDING", "SPAM", "APPROVED", "TRASH");
    static final Set<String> ACTIONS = Set.of("approve", "spam", "trash", "restore");

    @Inject
    Moderation moderation;
    @Inject
    Visitor visitor;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance queue(@QueryParam("status") String statusParam, @QueryParam("q") String q,
            @QueryParam("page") String pageParam, @QueryParam("done") String done, @QueryParam("count") String count) {
        String status = status(statusParam);
        int page = page(pageParam);
        String query = q == null || q.isBlank() ? null : q.strip();
        QueuePage queue = moderation.queue(visitor.accessToken(), status, query, page - 1, PAGE_SIZE);
        List<ConsoleView.Tab> tabs = TABS.stream().map(s -> new ConsoleView.Tab(s, TAB_LABELS.get(s),
                queue.counts() == null ? 0 : queue.counts().getOrDefault(s, 0L), listHref(s, null, 1), s.equals(status)))
                .toList();
        List<ConsoleView.Row> rows = queue.items().stream().map(ConsoleResource::row).toList();
        String newer = page > 1 ? listHref(status, query, page - 1) : null;
        String older = (long) page * PAGE_SIZE < queue.total() ? listHref(status, query, page + 1) : null;
        return ConsoleTemplates.queue(new ConsoleView(visitor.name(), visitor.administers(), status,
                TAB_LABELS.get(status), query == null ? "" : query, page, tabs, rows, notice(done, count), newer, older,
                actionsFor(status), actionsFor(status), "PENDING".equals(status)));
    }

    @GET
    @Path("comments/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance comment(@PathParam("id") UUID id, @QueryParam("done") String done,
            @QueryParam("count") String count) {
        CommentDetail c = moderation.detail(visitor.accessToken(), id);
        List<CommentPage.HistoryRow> history = new ArrayList<>();
        if (c.history() != null) {
            c.history().forEach(h -> history.add(new CommentPage.HistoryRow(Texts.dayTime(h.at()), Texts.iso(h.at()),
                    h.actor(), h.message())));
        }
        String storyHref = Texts.localPath(c.permalink());
        return ConsoleTemplates.comment(new CommentPage(c.id().toString(), TAB_LABELS.getOrDefault(c.status(), c.status()),
                c.authorName(), c.authorEmail(), c.authorUrl(), Texts.safeHref(c.authorUrl()), c.userIp(), c.userAgent(),
                c.referrer(), c.loggedIn(), c.authorRoles() == null ? "" : String.join(", ", c.authorRoles()), storyHref,
                storyLabel(storyHref), Texts.paragraphs(c.content()), Texts.dayTime(c.submittedAt()), history,
                actionsFor(c.status()), notice(done, count), listHref(TABS.contains(c.status()) ? c.status() : "PENDING", null, 1)));
    }

    @POST
    @Path("comments/{id}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") UUID id, @PathParam("action") String action, @RestForm String status,
            @RestForm String q, @RestForm String page, @RestForm String back) {
        String verb = action(action);
        moderation.act(visitor.accessToken(), id, verb);
        if ("detail".equals(back)) {
            return seeOther("/moderation/comments/" + id + "?done=" + verb + "&count=1");
        }
        return seeOther(listHref(status(status), q, page(page)) + "&done=" + verb + "&count=1");
    }

    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response bulk(@RestForm String action, @RestForm("ids") List<String> ids, @RestForm String status,
            @RestForm String q, @RestForm String page) {
        String verb = action(action);
        Set<UUID> chosen = new LinkedHashSet<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            try {
                chosen.add(UUID.fromString(id.trim()));
            } catch (IllegalArgumentException e) {
                throw new jakarta.ws.rs.BadRequestException();
            }
        }
        String back = listHref(status(status), q, page(page));
        if (chosen.isEmpty()) {
            return seeOther(back + "&done=none&count=0");
        }
        if (chosen.size() > BULK_MAX) {
            return seeOther(back + "&done=too-many&count=" + chosen.size());
        }
        BulkResult result = moderation.bulk(visitor.accessToken(), verb, List.copyOf(chosen));
        return seeOther(back + "&done=" + verb + "&count=" + result.done());
    }

    @POST
    @Path("recheck")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recheck() {
        RecheckResult result = moderation.recheck(visitor.accessToken());
        return seeOther(listHref("PENDING", null, 1) + "&done=" + (result.akismetEnabled() ? "recheck" : "no-akismet")
                + "&count=" + result.queued());
    }

    static ConsoleView.Row row(QueuePage.Item item) {
        String storyHref = Texts.localPath(item.permalink());
        String why = item.latestHistory() != null ? item.latestHistory()
                : item.reason() == null ? "" : item.reason();
        return new ConsoleView.Row(item.id().toString(), item.authorName(), item.authorEmail(),
                Texts.safeHref(item.authorUrl()), item.authorUrl(), item.userIp(), storyHref, storyLabel(storyHref),
                Texts.excerpt(item.content(), 160), Texts.dayTime(item.submittedAt()), Texts.iso(item.submittedAt()), why,
                "/moderation/comments/" + item.id());
    }

    static List<ConsoleView.Action> actionsFor(String status) {
        return switch (status == null ? "" : status) {
            case "PENDING" -> List.of(new ConsoleView.Action("approve", "Approve"), new ConsoleView.Action("spam", "Spam"),
                    new ConsoleView.Action("trash", "Trash"));
            case "SPAM" -> List.of(new ConsoleView.Action("approve", "Approve"), new ConsoleView.Action("restore", "Not spam"),
                    new ConsoleView.Action("trash", "Trash"));
            case "APPROVED" -> List.of(new ConsoleView.Action("spam", "Spam"), new ConsoleView.Action("trash", "Trash"));
            case "TRASH" -> List.of(new ConsoleView.Action("restore", "Restore"), new ConsoleView.Action("spam", "Spam"));
            default -> List.of();
        };
    }

    static String notice(String done, String countParam) {
        if (done == null) {
            return null;
        }
        long count;
        try {
            count = countParam == null ? 0 : Long.parseLong(countParam);
        } catch (NumberFormatException e) {
            count = 0;
        }
        String comments = Texts.plural(count, "comment", "comments");
        return switch (done) {
            case "approve" -> comments + " approved.";
            case "spam" -> comments + " marked as spam.";
            case "trash" -> comments + " moved to the trash.";
            case "restore" -> comments + " restored.";
            case "recheck" -> "Check for Spam: " + Texts.plural(count, "pending comment", "pending comments")
                    + " sent back to Akismet. Results appear here in a moment.";
            case "no-akismet" -> "Check for Spam needs Akismet, and no Akismet key is configured.";
            case "none" -> "No comments were selected.";
            case "too-many" -> "At most " + BULK_MAX + " comments can be changed at once; " + count + " were selected.";
            default -> null;
        };
    }

    private static String storyLabel(String storyHref) {
        return storyHref == null ? "(unknown story)" : storyHref.substring("/articles/".length());
    }

    static String listHref(String status, String q, int page) {
        StringBuilder href = new StringBuilder("/moderation?status=").append(status);
        if (q != null && !q.isBlank()) {
            href.append("&q=").append(URLEncoder.encode(q.strip(), StandardCharsets.UTF_8));
        }
        if (page > 1) {
            href.append("&page=").append(page);
        }
        return href.toString();
    }

    private static String status(String value) {
        String s = value == null ? "PENDING" : value.strip().toUpperCase(Locale.ROOT);
        return TABS.contains(s) ? s : "PENDING";
    }

    private static String action(String value) {
        String a = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!ACTIONS.contains(a)) {
            throw new jakarta.ws.rs.BadRequestException();
        }
        return a;
    }

    private static int page(String value) {
        try {
            int n = value == null || value.isBlank() ? 1 : Integer.parseInt(value.trim());
            return n < 1 || n > 10_000 ? 1 : n;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
