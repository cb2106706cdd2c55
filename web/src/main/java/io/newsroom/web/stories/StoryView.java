package io.newsroom.web.stories;

import java.util.List;

/** The public part of a story page, ready to render: every string is shown escaped. */
public record StoryView(String slug, String title, String publishedLabel, String publishedIso, String authorName,
        List<Link> tags, List<List<String>> body, List<Link> sources, List<CorrectionLine> corrections,
        FactCheckView factCheck, String countLine, List<CommentRow> comments, List<PageLink> commentPages) {

    public record Link(String title, String href) {
    }

    public record CorrectionLine(String dateLabel, String text) {
    }

    public record FactCheckView(String verdict, String checkedBy, String checkedAtLabel, String checkedAtIso,
            List<List<String>> notes, List<Link> sourcesChecked) {
    }

    /** One approved comment; {@code depth} 1–5 indents it under its parent. */
    public record CommentRow(String id, int depth, String authorName, String authorHref, List<List<String>> content,
            String dateLabel, String dateIso, boolean deleted, String replyHref) {
    }

    public record PageLink(int number, String href, boolean current) {
    }
}
