package io.newsroom.moderation.support;

import org.eclipse.microprofile.config.ConfigProvider;

/** The management interface of the application under test (metrics, detailed health): its own, random, port. */
public final class Management {
    private Management() {
    }

    /** {@code path} under the management root, e.g. "/health/ready" for /q/health/ready. */
    public static String url(String path) {
        return "http://localhost:" + ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class) + "/q" + path;
    }
}
