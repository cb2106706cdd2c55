package io.newsroom.web.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.UUID;

/** Answers of the services behind web, as their contracts (docs/contracts.md) say they look. */
public final class Stubs {

    private Stubs() {
    }

    public static String story(UUID id, String slug, String title, boolean open) {
        return """
                {"id":"%s","slug":"%s","title":"%s","summary":"A summary.",
                 "body":"First paragraph of the story.\\n\\nSecond paragraph, quoting the mayor.",
                 "tags":["local","city hall"],"sources":[{"title":"Council minutes","url":"https://example.org/minutes"}],
                 "author":{"name":"Alice Archer"},"status":"PUBLISHED","version":3,
                 "publishedAt":"2026-11-25T10:00:00Z","updatedAt":"2026-11-25T10:00:00Z",
                 "commentsOpen":%s,"commentCount":0,"permalink":"https://news.example.org/articles/%s",
                 "factCheck":{"checkedBy":"Bob Brown","checkedAt":"2026-11-25T09:00:00Z","verdict":"VERIFIED",
                   "notes":"Figures match the minutes.","sourcesChecked":[{"title":"Council minutes","url":"https://example.org/minutes"}]},
                 "corrections":[{"text":"An earlier version gave the wrong date.","at":"2026-11-26T08:00:00Z"}]}
                """.formatted(id, slug, title, open, slug);
    }

    public static String noThreads() {
        return "{\"total\":0,\"totalThreads\":0,\"page\":0,\"size\":50,\"totalPages\":0,\"comments\":[]}";
    }

    /** Publishes a story and its (empty, unless given) first page of threads. */
    public static void published(UUID id, String slug, String title, boolean open, String threads) {
        Backends.server.stubFor(get(urlPathEqualTo("/articles/" + slug))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(story(id, slug, title, open))));
        Backends.server.stubFor(get(urlPathEqualTo("/articles/" + id + "/comments"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(threads == null ? noThreads() : threads)));
    }
}
