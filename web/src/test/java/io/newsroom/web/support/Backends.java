package io.newsroom.web.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** article-, comment- and moderation-service, played by one WireMock server on a free port. */
public class Backends implements QuarkusTestResourceLifecycleManager {

    public static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        String url = "http://127.0.0.1:" + server.port();
        return Map.of("quarkus.rest-client.article-service.url", url,
                "quarkus.rest-client.comment-service.url", url,
                "quarkus.rest-client.moderation-service.url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
