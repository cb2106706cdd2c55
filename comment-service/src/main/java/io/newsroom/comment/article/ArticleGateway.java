package io.newsroom.comment.article;

import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.cache.CacheResult;

/**
 * The story check behind every reply. Cached for a few seconds because a viral story takes
 * hundreds of replies a second and its state changes rarely; guarded by a timeout and a circuit
 * breaker so a slow article-service cannot pile up our request threads. A 404 is an answer, not
 * a failure: it is skipped by the breaker.
 */
@ApplicationScoped
public class ArticleGateway {

    @RestClient
    ArticleClient client;

    @CacheResult(cacheName = "articles")
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ArticleNotFoundException.class)
    public ArticleView find(UUID articleId) {
        try {
            return client.get(articleId);
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                throw new ArticleNotFoundException("No published story " + articleId);
            }
            throw e;
        }
    }
}
