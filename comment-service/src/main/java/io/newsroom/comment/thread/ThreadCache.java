package io.newsroom.comment.thread;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.newsroom.comment.config.CommentConfig;

/**
 * A story's public comment pages as the exact bytes served, with their ETag: the comments list is the second
 * request of every page view and changes a few times a minute, so it is not queried and serialised per request.
 * A transaction of this service that changes which comments of a story the public sees (or what they show)
 * drops that story's pages once it has committed, so a reader on this replica sees an approval at once; pages
 * also age out after the public max-age, which bounds how stale another replica's pages can be.
 */
@ApplicationScoped
public class ThreadCache {

    /** Fired inside a transaction that changed the public comments of a story. */
    public record Changed(UUID articleId) {
    }

    public record PageKey(int page, int size, boolean newestFirst) {
    }

    public record Rendered(byte[] json, String etag, long madeAtNanos) {
    }

    /** One story's pages; replaced as a whole when the story's comments change. */
    static final class StoryPages {
        final ConcurrentHashMap<PageKey, Rendered> pages = new ConcurrentHashMap<>();
        /** The page being read from the database right now: callers that want it meanwhile wait for that read. */
        final ConcurrentHashMap<PageKey, CompletableFuture<Rendered>> reading = new ConcurrentHashMap<>();
    }

    @Inject
    CommentConfig config;

    private final Cache<UUID, StoryPages> stories = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    /** The page from the cache, or made by {@code render} (a database read) and kept unless it raced a change. */
    public Rendered page(UUID articleId, PageKey key, Supplier<Rendered> render) {
        StoryPages current = stories.get(articleId, id -> new StoryPages());
        Rendered cached = current.pages.get(key);
        long now = System.nanoTime();
        if (cached != null && now - cached.madeAtNanos() < config.publicMaxAge().toNanos()) {
            return cached;
        }
        // One database read per page at a time: when a popular page expired, the 64 readers asking for it at once
        // all queried the database, emptied the connection pool and timed out (bench/run, a story of 175,000).
        CompletableFuture<Rendered> mine = new CompletableFuture<>();
        CompletableFuture<Rendered> other = current.reading.putIfAbsent(key, mine);
        if (other != null) {
            return awaitOther(other);
        }
        try {
            Rendered fresh = render.get();
            // Read after this story's pages were looked up: a change that committed since then has replaced them,
            // and a page read before that commit must not be kept.
            if (stories.getIfPresent(articleId) == current && current.pages.size() < 1_000) {
                current.pages.put(key, fresh);
            }
            mine.complete(fresh);
            return fresh;
        } catch (RuntimeException | Error e) {
            // Every way out completes the read, or its waiters would wait for ever.
            mine.completeExceptionally(e);
            throw e;
        } finally {
            current.reading.remove(key, mine);
        }
    }

    /** The other caller's page, or the very exception its read ended with (a 404 stays a 404). */
    private static Rendered awaitOther(CompletableFuture<Rendered> other) {
        try {
            return other.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed changed) {
        stories.invalidate(changed.articleId());
    }
}
