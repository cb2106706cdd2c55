package io.newsroom.web.stories;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The part of a story page that is the same for every reader, rendered once and kept as bytes for a
 * couple of seconds: the story and one page of its approved comments. What differs per reader (the form,
 * their own pending replies) is rendered per request around it.
 */
public record ComposedStory(UUID articleId, String slug, String title, boolean commentsOpen, int commentPage,
        byte[] html, String etag, Map<UUID, String> replyable, Set<UUID> shown) {
}
