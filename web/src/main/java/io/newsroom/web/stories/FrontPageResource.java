package io.newsroom.web.stories;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.newsroom.web.backend.Articles;
import io.newsroom.web.backend.StoryList;
import io.newsroom.web.view.Texts;
import io.quarkus.qute.TemplateInstance;

/** The front page and the tag pages: the latest published stories, ten a page. */
@Path("/")
public class FrontPageResource {

    static final int PER_PAGE = 10;

    @Inject
    Articles articles;

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance front(@QueryParam("page") String page) {
        return list("Latest stories", "Latest stories", null, "/", page(page));
    }

    @GET
    @Path("tags/{tag}")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance tag(@PathParam("tag") String tag, @QueryParam("page") String page) {
        return list("Stories tagged “" + tag + "”", "Tag: " + tag, tag, Texts.tagHref(tag), page(page));
    }

    private TemplateInstance list(String heading, String title, String tag, String base, int page) {
        StoryList stories = articles.list(page - 1, PER_PAGE, tag);
        List<FrontPage.Item> items = stories.items().stream()
                .map(s -> new FrontPage.Item(s.slug(), s.title(), s.summary(), StoryComposer.tagLinks(s.tags()),
                        Texts.day(s.publishedAt()), Texts.iso(s.publishedAt()),
                        s.commentCount() == 0 ? "No comments yet" : Texts.plural(s.commentCount(), "comment", "comments")))
                .toList();
        String newer = page > 1 ? base + (page > 2 ? "?page=" + (page - 1) : "") : null;
        String older = (long) page * PER_PAGE < stories.total() ? base + "?page=" + (page + 1) : null;
        return StoryTemplates.front(new FrontPage(heading, title, items, newer, older));
    }

    private static int page(String value) {
        try {
            int n = value == null ? 1 : Integer.parseInt(value.trim());
            return n < 1 || n > 10_000 ? 1 : n;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
