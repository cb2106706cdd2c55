package io.newsroom.comment.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** article-service (and moderation-service's privacy export) as comment-service sees it: a WireMock on a dynamic port serving {@link Stories}. */
public class ArticleServiceStub implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    /** article-service stops serving the story publicly (an editor unpublished it): it answers 404 from now on. */
    public static void unpublish(UUID id) {
        server.stubFor(get(urlPathEqualTo("/articles/" + id)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404,\"title\":\"Not found\"}")));
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        server.stubFor(get(urlPathMatching("/articles/.*")).atPriority(10).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":404,\"title\":\"Not found\"}")));
        for (UUID open : new UUID[] { Stories.OPEN, Stories.OTHER, Stories.THREADS, Stories.PRIVACY, Stories.EVENTS,
                Stories.LEAKS, Stories.TAKEN_DOWN, Stories.RACE }) {
            story(open, true);
        }
        story(Stories.CLOSED, false);
        server.stubFor(get(urlPathEqualTo("/articles/" + Stories.FAILING)).willReturn(aResponse().withStatus(500)));
        server.stubFor(get(urlPathEqualTo("/articles/" + Stories.SLOW))
                .willReturn(json(article(Stories.SLOW, true)).withFixedDelay(4000)));
        server.stubFor(get(urlPathEqualTo("/articles/" + Stories.UNREACHABLE))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        // moderation-service's part of an export: answered only with a bearer token, as the real one does
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(urlPathMatching("/moderation/privacy/.*"))
                .atPriority(10).willReturn(aResponse().withStatus(401)));
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(urlPathMatching("/moderation/privacy/(exports|me)"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.matching("Bearer .+"))
                .atPriority(1).willReturn(json("{\"service\":\"moderation-service\",\"count\":0,\"comments\":[]}")));
        return Map.of("quarkus.rest-client.article-service.url", server.baseUrl(),
                "quarkus.rest-client.moderation-service.url", server.baseUrl());
    }

    private void story(UUID id, boolean commentsOpen) {
        server.stubFor(get(urlPathEqualTo("/articles/" + id)).willReturn(json(article(id, commentsOpen))));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    static String article(UUID id, boolean commentsOpen) {
        return """
                {"id":"%s","slug":"story-%s","title":"A story","summary":"s","body":"b","tags":["politics","local"],
                 "sources":[],"author":{"name":"Alice Editor"},"status":"PUBLISHED","version":3,
                 "createdAt":"2026-11-25T08:00:00Z","updatedAt":"2026-11-25T09:30:00Z",
                 "publishedAt":"2026-11-25T09:00:00Z","commentsOpen":%s,"commentCount":0,
                 "permalink":"https://news.example.org/articles/story-%s","corrections":[]}
                """.formatted(id, id, commentsOpen, id);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
