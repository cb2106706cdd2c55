package io.newsroom.web.stories;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.newsroom.web.backend.Articles;
import io.newsroom.web.backend.Comments;
import io.newsroom.web.backend.PublicComment;
import io.newsroom.web.backend.Story;
import io.newsroom.web.backend.ThreadPage;
import io.newsroom.web.view.Texts;
import io.quarkus.cache.CacheResult;

/**
 * Builds the public part of a story page from article-service and comment-service, and keeps it
 * ({@code story-pages} cache, two seconds): a viral story is read thousands of times a second, and a
 * reader sees a new approved comment within a few seconds.
 */
@ApplicationScoped
public class StoryComposer {

    public static final int THREADS_PER_PAGE = 50;
    static final int MAX_DEPTH = 5;

    @Inject
    Articles articles;
    @Inject
    Comments comments;

    @CacheResult(cacheName = "story-pages")
    public ComposedStory compose(String slug, int commentPage) {
        Story story = articles.story(slug);
        ThreadPage threads = comments.threads(story.id(), commentPage - 1, THREADS_PER_PAGE);
        List<StoryView.CommentRow> rows = new ArrayList<>();
        Map<UUID, String> replyable = new HashMap<>();
        Set<UUID> shown = new HashSet<>();
        String pageQuery = commentPage > 1 ? "?cpage=" + commentPage + "&" : "?";
        for (PublicComment thread : threads.comments()) {
            flatten(thread, story.slug(), pageQuery, story.commentsOpen(), rows, replyable, shown);
        }
        StoryView view = new StoryView(story.slug(), story.title(), Texts.day(story.publishedAt()),
                Texts.iso(story.publishedAt()), story.author() == null ? null : story.author().name(),
                tagLinks(story.tags()), Texts.paragraphs(story.body()),
                links(story.sources()), corrections(story), factCheck(story), countLine(threads.total()), rows,
                pages(story.slug(), threads.totalPages(), commentPage));
        byte[] html = StoryTemplates.storyPublic(view).render().getBytes(StandardCharsets.UTF_8);
        return new ComposedStory(story.id(), story.slug(), story.title(), story.commentsOpen(), commentPage, html,
                digest(html), Map.copyOf(replyable), Set.copyOf(shown));
    }

    private static void flatten(PublicComment c, String slug, String pageQuery, boolean open,
            List<StoryView.CommentRow> rows, Map<UUID, String> replyable, Set<UUID> shown) {
        boolean canReply = open && !c.deleted() && c.depth() < MAX_DEPTH;
        if (canReply) {
            replyable.put(c.id(), c.authorName());
        }
        shown.add(c.id());
        rows.add(new StoryView.CommentRow(c.id().toString(), Math.min(c.depth(), MAX_DEPTH), c.authorName(),
                Texts.safeHref(c.authorUrl()), Texts.paragraphs(c.content()), Texts.dayTime(c.createdAt()),
                Texts.iso(c.createdAt()), c.deleted(),
                canReply ? "/articles/" + slug + pageQuery + "replytocom=" + c.id() + "#respond" : null));
        if (c.replies() != null) {
            for (PublicComment reply : c.replies()) {
                flatten(reply, slug, pageQuery, open, rows, replyable, shown);
            }
        }
    }

    static List<StoryView.Link> tagLinks(List<String> tags) {
        return tags == null ? List.of() : tags.stream().map(t -> new StoryView.Link(t, Texts.tagHref(t))).toList();
    }

    static String countLine(long total) {
        return total == 0 ? "Be the first to comment" : Texts.plural(total, "comment", "comments");
    }

    private static List<StoryView.Link> links(List<Story.Source> sources) {
        List<StoryView.Link> links = new ArrayList<>();
        if (sources != null) {
            for (Story.Source s : sources) {
                links.add(new StoryView.Link(s.title() == null || s.title().isBlank() ? s.url() : s.title(),
                        Texts.safeHref(s.url())));
            }
        }
        return links;
    }

    private static List<StoryView.CorrectionLine> corrections(Story story) {
        List<StoryView.CorrectionLine> lines = new ArrayList<>();
        if (story.corrections() != null) {
            story.corrections().forEach(c -> lines.add(new StoryView.CorrectionLine(Texts.day(c.at()), c.text())));
        }
        return lines;
    }

    private static StoryView.FactCheckView factCheck(Story story) {
        Story.FactCheck check = story.factCheck();
        if (check == null) {
            return null;
        }
        String verdict = "VERIFIED".equals(check.verdict()) ? "Verified" : check.verdict();
        return new StoryView.FactCheckView(verdict, check.checkedBy(), Texts.dayTime(check.checkedAt()),
                Texts.iso(check.checkedAt()), Texts.paragraphs(check.notes()), links(check.sourcesChecked()));
    }

    private static List<StoryView.PageLink> pages(String slug, int totalPages, int current) {
        List<StoryView.PageLink> pages = new ArrayList<>();
        if (totalPages > 1) {
            for (int n = 1; n <= totalPages; n++) {
                pages.add(new StoryView.PageLink(n, "/articles/" + slug + (n > 1 ? "?cpage=" + n : "") + "#comments",
                        n == current));
            }
        }
        return pages;
    }

    static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
