package io.newsroom.web.stories;

import java.util.List;

/** The front page or a tag page: the latest published stories, paginated. */
public record FrontPage(String heading, String title, List<Item> stories, String newerHref, String olderHref) {

    public record Item(String slug, String title, String summary, List<StoryView.Link> tags, String dateLabel, String dateIso,
            String commentLine) {
    }
}
