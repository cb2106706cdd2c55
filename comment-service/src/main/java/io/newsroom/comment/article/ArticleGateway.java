package io.newsroom.comment.article;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.cache.CacheResult;

/**
 * The story check behind every reply and every public read of comments. Cached for a few seconds
 * because a viral story takes hundreds of replies and thousands of reads a second and its state
 * changes rarely; guarded by a timeout and a circuit breaker so a slow article-service cannot pile
 * up our request threads. A 404 (unknown or unpublished) is an answer, cached like any other, not
 * a failure: it never counts against the breaker.
 */
@ApplicationScoped
public class ArticleGateway {

    @RestClient
    ArticleClient client;

    /** The published story, or empty when article-service says there is none (404). */
    @CacheResult(cacheName = "articles")
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public Optional<ArticleView> find(UUID articleId) {
        try {
            return Optional.of(client.get(articleId));
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
