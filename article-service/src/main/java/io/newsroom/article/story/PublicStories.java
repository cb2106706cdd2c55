package io.newsroom.article.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;

/**
 * The public read of a story, the hot path, from a short-lived cache. Any change to a story (workflow,
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

    @CacheResult(cacheName = "public-stories")
    public StoryView show(String idOrSlug) {
        return stories.show(idOrSlug, false);
    }

    void clear(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed changed) {
        cache.invalidateAll().await().indefinitely();
    }
}
