package io.newsroom.comment.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The scheduled jobs stay still, so a test can run two "replicas" of a job by hand and see who took what. */
public class NoSchedulerProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.scheduler.enabled", "false");
    }
}
