package io.newsroom.article.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import io.newsroom.article.publishing.StoryStatus;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;

/**
 * The public reads of a story and of the story list, the hot paths, from short-lived caches. Any change to a story (workflow,
 * edit, correction, comment count) clears it once its transaction has committed, so a reader on this
 * replica never sees a story older than the last commit.
 */
@ApplicationScoped
public class PublicStories {

    /** Fired inside a transaction that changed what the public may see of a story. */
    public record Changed() {
    }

    @Inject
    StoryService stories;

    @Inject
    @CacheName("public-stories")
    Cache cache;

    @Inject
    @CacheName("public-story-lists")
    Cache lists;

    @CacheResult(cacheName = "public-stories")
    public StoryView show(String idOrSlug) {
        return stories.show(idOrSlug, false);
    }

    /** A page of published stories; {@code tag} is "" for all of them (a cache key has no nulls). */
    @CacheResult(cacheName = "public-story-lists")
    public StoryPage list(String tag, int page, int size) {
        return stories.list(StoryStatus.PUBLISHED, tag, page, size);
    }

    void clear(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed changed) {
        cache.invalidateAll().await().indefinitely();
        lists.invalidateAll().await().indefinitely();
    }
}
