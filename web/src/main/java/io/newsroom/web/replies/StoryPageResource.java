package io.newsroom.web.replies;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.newsroom.web.backend.BackendUnavailableException;
import io.newsroom.web.backend.Comments;
import io.newsroom.web.backend.NotFoundAtBackendException;
import io.newsroom.web.backend.OwnReply;
import io.newsroom.web.backend.RefusedException;
import io.newsroom.web.backend.ReplyReceipt;
import io.newsroom.web.backend.ReplyRequest;
import io.newsroom.web.security.Visitor;
import io.newsroom.web.stories.ComposedStory;
import io.newsroom.web.stories.StoryComposer;
import io.newsroom.web.stories.StoryTemplates;
import io.newsroom.web.view.Texts;
import io.vertx.core.http.HttpServerRequest;

/**
 * The story page: the public part from {@link StoryComposer}'s cache, then the reader's own part (their
 * pending replies, the "Leave a Reply" form), and the reply itself — a plain form POST forwarded to
 * comment-service and answered with a 303 back to the story.
 */
@Path("/articles/{slug}")
public class StoryPageResource {

    private static volatile byte[] end;
    private static final String HONEYPOT_FIELD = "website_confirm";

    @Inject
    StoryComposer composer;
    @Inject
    Comments comments;
    @Inject
    Visitor visitor;

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("slug") String slug, @QueryParam("cpage") String cpage,
            @QueryParam("replytocom") String replyTo, @HeaderParam("If-None-Match") String ifNoneMatch,
            @CookieParam(OwnReplies.COOKIE) String ownCookie, @Context HttpServerRequest request) {
        ComposedStory story = composer.compose(slug, commentPage(cpage));
        ReplyForm blank = ReplyForm.empty();
        blank.parent = replyTo;
        Own own = ownReplies(story, ownCookie);
        byte[] form = render(story, blank, new ReplyErrors(), own.views());
        String etag = "W/\"" + story.etag() + "-" + digest(form) + "\"";
        Response.ResponseBuilder response = etag.equals(ifNoneMatch) ? Response.notModified()
                : Response.ok(page(story.html(), form), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        response.tag(new jakarta.ws.rs.core.EntityTag(etag.substring(3, etag.length() - 1), true))
                .header("Cache-Control", "private, no-cache");
        if (own.changedCookie() != null) {
            response.cookie(cookie(own.changedCookie(), request));
        }
        return response.build();
    }

    @POST
    @Path("replies")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response reply(@PathParam("slug") String slug, @BeanParam ReplyForm form,
            @CookieParam(OwnReplies.COOKIE) String ownCookie, @HeaderParam("User-Agent") String userAgent,
            @HeaderParam("Referer") String referrer, @Context HttpServerRequest request) {
        int page = commentPage(form.cpage);
        ComposedStory story;
        try {
            story = composer.compose(slug, page);
        } catch (NotFoundAtBackendException e) {
            return refusedWithoutStory(slug, form, new RefusedException(404, null, null), 404);
        } catch (BackendUnavailableException | org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException e) {
            ReplyErrors errors = ReplyErrors.unavailable();
            errors.general = "Your reply could not be sent: the story service is not answering right now. "
                    + "Nothing was stored; please try again in a moment. Your text is still here.";
            return refusedWithoutStory(slug, form, errors, 503);
        }
        boolean loggedIn = visitor.loggedIn();
        ReplyRequest reply = new ReplyRequest(loggedIn ? null : form.author, loggedIn ? null : form.email,
                loggedIn ? null : form.url, form.comment, parentId(form.parent), HONEYPOT_FIELD, form.honeypot);
        Comments.Reader reader = new Comments.Reader(request.remoteAddress() == null ? null
                : request.remoteAddress().hostAddress(), userAgent, referrer);
        try {
            ReplyReceipt receipt = comments.reply(story.articleId(), reply, visitor.accessToken(), reader);
            String value = OwnReplies.with(OwnReplies.parse(ownCookie),
                    new OwnReplies.Entry(story.articleId(), receipt.id(), receipt.token()));
            return Response.seeOther(URI.create("/articles/" + story.slug() + (page > 1 ? "?cpage=" + page : "")
                    + "#comment-" + receipt.id())).cookie(cookie(value, request)).build();
        } catch (RefusedException refusal) {
            return refused(story, form, ReplyErrors.of(refusal), ownCookie, refusal.status(), refusal.retryAfterSeconds());
        } catch (BackendUnavailableException | org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException e) {
            return refused(story, form, ReplyErrors.unavailable(), ownCookie, 503, 10L);
        }
    }

    private Response refused(ComposedStory story, ReplyForm form, ReplyErrors errors, String ownCookie, int status,
            Long retryAfter) {
        byte[] part = render(story, form, errors, ownReplies(story, ownCookie).views());
        Response.ResponseBuilder response = Response.status(status)
                .entity(page(story.html(), part)).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store");
        if (retryAfter != null) {
            response.header("Retry-After", retryAfter);
        }
        return response.build();
    }

    private Response refusedWithoutStory(String slug, ReplyForm form, Object why, int status) {
        ReplyErrors errors = why instanceof ReplyErrors e ? e : ReplyErrors.of((RefusedException) why);
        ReplyFormView view = view("/articles/" + slug + "/replies", slug, true, form, errors, null, null, List.of(), 1);
        Response.ResponseBuilder response = Response.status(status)
                .entity(ReplyTemplates.refused("Your reply was not sent", view).render())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store");
        if (status == 503) {
            response.header("Retry-After", 10);
        }
        return response.build();
    }

    private byte[] render(ComposedStory story, ReplyForm form, ReplyErrors errors, List<ReplyFormView.OwnReplyView> own) {
        UUID parent = parentId(form.parent);
        String replyToName = parent == null ? null : story.replyable().get(parent);
        ReplyFormView view = view("/articles/" + story.slug() + "/replies", story.slug(), story.commentsOpen(), form,
                errors, replyToName == null ? null : parent.toString(), replyToName, own, story.commentPage());
        return ReplyTemplates.replyForm(view).render().getBytes(StandardCharsets.UTF_8);
    }

    private ReplyFormView view(String action, String slug, boolean open, ReplyForm form, ReplyErrors errors,
            String replyToId, String replyToName, List<ReplyFormView.OwnReplyView> own, int page) {
        String storyPath = "/articles/" + slug + (page > 1 ? "?cpage=" + page : "");
        return new ReplyFormView(action, open, visitor.loggedIn(), visitor.name(),
                "/login?to=" + URLEncoder.encode(storyPath + "#respond", StandardCharsets.UTF_8), replyToId,
                replyToName, storyPath + "#respond", page, nz(form.author), nz(form.email), nz(form.url),
                nz(form.comment), Map.copyOf(errors.byField), errors.general, own);
    }

    private record Own(List<ReplyFormView.OwnReplyView> views, String changedCookie) {
    }

    /**
     * The reader's replies to this story that they may see and the public may not yet: pending ones (with
     * "awaiting moderation"), and approved ones this cached page does not show yet. Links to replies that
     * ended as spam or trash are forgotten.
     */
    private Own ownReplies(ComposedStory story, String cookie) {
        List<OwnReplies.Entry> entries = OwnReplies.parse(cookie);
        if (entries.isEmpty()) {
            return new Own(List.of(), null);
        }
        List<OwnReplies.Entry> kept = new ArrayList<>();
        List<ReplyFormView.OwnReplyView> views = new ArrayList<>();
        for (OwnReplies.Entry entry : entries) {
            if (!entry.articleId().equals(story.articleId())) {
                kept.add(entry);
                continue;
            }
            Optional<OwnReply> reply = comments.own(entry.id(), entry.token());
            if (reply.isEmpty()) {
                kept.add(entry);
                continue;
            }
            OwnReply r = reply.get();
            boolean visibleElsewhere = "APPROVED".equals(r.status()) && story.shown().contains(r.id());
            if (r.pending() || ("APPROVED".equals(r.status()) && !visibleElsewhere)) {
                kept.add(entry);
                String parentName = r.parentId() == null ? null : story.replyable().get(r.parentId());
                views.add(new ReplyFormView.OwnReplyView(r.id().toString(), r.authorName(), Texts.paragraphs(r.content()),
                        Texts.dayTime(r.createdAt()), parentName, r.pending()));
            } else if ("PENDING".equals(r.status()) || "APPROVED".equals(r.status())) {
                kept.add(entry);
            }
        }
        return new Own(views, kept.size() == entries.size() ? null : OwnReplies.format(kept));
    }

    private static NewCookie cookie(String value, HttpServerRequest request) {
        return new NewCookie.Builder(OwnReplies.COOKIE).value(value).path("/").httpOnly(true)
                .secure("https".equals(request.scheme())).sameSite(NewCookie.SameSite.LAX).maxAge(value.isEmpty() ? 0 : 30 * 24 * 3600)
                .build();
    }

    private static byte[] page(byte[] head, byte[] form) {
        byte[] tail = end;
        if (tail == null) {
            tail = end = StoryTemplates.storyEnd().render().getBytes(StandardCharsets.UTF_8);
        }
        byte[] all = new byte[head.length + form.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(form, 0, all, head.length, form.length);
        System.arraycopy(tail, 0, all, head.length + form.length, tail.length);
        return all;
    }

    static int commentPage(String cpage) {
        try {
            int n = cpage == null ? 1 : Integer.parseInt(cpage.trim());
            return n < 1 || n > 10_000 ? 1 : n;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static UUID parentId(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String digest(byte[] bytes) {
        return Integer.toHexString(java.util.Arrays.hashCode(bytes));
    }
}
