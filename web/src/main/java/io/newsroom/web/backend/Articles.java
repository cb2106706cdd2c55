package io.newsroom.web.backend;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.cache.CacheResult;

/** article-service's public stories, with a timeout and a circuit breaker; an unknown story is an answer, not a failure. */
@ApplicationScoped
public class Articles {

    static final String SERVICE = "article-service";

    @Inject
    @RestClient
    ArticleApi api;

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = { NotFoundAtBackendException.class, RefusedException.class })
    public Story story(String slug) {
        try {
            return Answers.read(api.story(slug), Story.class, SERVICE);
        } catch (ProcessingException e) {
            throw new BackendUnavailableException(SERVICE, e);
        }
    }

    /** The front page and tag pages: kept two seconds, as article-service itself does. */
    @CacheResult(cacheName = "story-lists")
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = { NotFoundAtBackendException.class, RefusedException.class })
    public StoryList list(int page, int size, String tag) {
        try {
            return Answers.read(api.list(page, size, tag), StoryList.class, SERVICE);
        } catch (ProcessingException e) {
            throw new BackendUnavailableException(SERVICE, e);
        }
    }
}
