package io.newsroom.article.story;

/** A source behind a story: what it is and where to read it. Stored as JSON inside the story. */
public record SourceLink(String title, String url) {
}
