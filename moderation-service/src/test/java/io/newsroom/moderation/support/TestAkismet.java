package io.newsroom.moderation.support;

import io.newsroom.akismet.simulator.AkismetSimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * The Akismet simulator in-process on a free loopback port; the service gets its URL and key. Tests drive it
 * through its HTTP control API ({@link Simulator}), as the system tests do.
 */
public class TestAkismet implements QuarkusTestResourceLifecycleManager {
    public static final String KEY = "moderation-test-key";
    private AkismetSimulator simulator;

    @Override
    public Map<String, String> start() {
        simulator = AkismetSimulator.start(0, KEY);
        return Map.of("newsroom.akismet.api-key", KEY,
                "newsroom.akismet.base-url", simulator.baseUrl(),
                "quarkus.rest-client.akismet.url", simulator.baseUrl());
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.stop();
        }
    }
}
