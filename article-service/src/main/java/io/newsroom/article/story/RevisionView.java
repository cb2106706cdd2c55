package io.newsroom.article.story;

import java.time.Instant;

/** One line of a story's revision history, for staff: the version, who made it, when, and what kind of change. */
public record RevisionView(long version, String editor, Instant at, StoryRevision.Change change, boolean textChanged) {
}
